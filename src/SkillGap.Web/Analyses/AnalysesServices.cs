using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SkillGap.Web.Analyses;

public static class AnalysesServices
{
    public static IServiceCollection AddAnalyses(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PdfReadingOptions>().BindConfiguration(PdfReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocxReadingOptions>().BindConfiguration(DocxReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidator<UploadRequest>, UploadRequestValidator>();
        services.AddScoped<AnalysisRunner>();
        services.TryAddSingleton(TimeProvider.System);

        // The server refuses bodies past the upload limit before buffering them.
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, uploads) =>
            form.MultipartBodyLengthLimit = uploads.Value.MaxBytes + UploadForm.EnvelopeBytes);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, uploads) =>
        {
            kestrel.Limits.MaxRequestBodySize = uploads.Value.MaxBytes + UploadForm.EnvelopeBytes;

            // A body that stalls (a slow-loris upload) holds a connection and a request: cut it off.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(uploads.Value.MinBodyBytesPerSecond, uploads.Value.SlowBodyGracePeriod);
        });
        return services;
    }
}
