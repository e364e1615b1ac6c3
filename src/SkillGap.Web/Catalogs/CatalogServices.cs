using Microsoft.Extensions.Options;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Web.Catalogs;

public static class CatalogServices
{
    /// <summary>
    /// The catalog, the trained model and the analyzer are built once at start-up (<see cref="AnalyzerFiles"/>):
    /// a malformed data file, or a missing or broken model file, stops start-up with a message naming it.
    /// </summary>
    public static IServiceCollection AddSkillGapCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CatalogOptions>>().Value;
            return AnalyzerFiles.Load(options.DataDirectory, options.ModelPath);
        });
        services.AddSingleton<Catalog>(sp => sp.GetRequiredService<AnalyzerFiles>().Catalog);
        services.AddSingleton<ResumeAnalyzer>(sp => sp.GetRequiredService<AnalyzerFiles>().Analyzer);
        return services;
    }

    public static void LoadCatalogNow(this WebApplication app) => _ = app.Services.GetRequiredService<ResumeAnalyzer>();
}
