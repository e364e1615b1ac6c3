using FluentValidation;
using Microsoft.Extensions.Options;
using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Web.Data;

namespace SkillGap.Web.Analyses;

/// <summary>Upload → read → analyze → store. Shared by the API and the upload page so both behave the same.</summary>
public sealed class AnalysisRunner(
    ResumeAnalyzer analyzer,
    SkillGapDbContext db,
    IValidator<UploadRequest> validator,
    IOptions<PdfReadingOptions> pdfReading,
    IOptions<DocxReadingOptions> docxReading,
    IOptions<AnalysisOptions> analysisOptions,
    TimeProvider clock,
    ILogger<AnalysisRunner> logger)
{
    public async Task<AnalysisOutcome> RunAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            var error = validation.Errors[0];
            return error.ErrorCode == UploadRequestValidator.TooLarge
                ? new AnalysisOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "File too large", error.ErrorMessage)
                : new AnalysisOutcome.Refused(StatusCodes.Status400BadRequest, "Invalid upload", error.ErrorMessage);
        }

        var bytes = await ReadAllAsync(request.File!, cancellationToken);
        var read = DocumentReader.Read(bytes, pdfReading.Value.ToReadOptions(), cancellationToken, docxReading.Value.ToReadOptions());
        if (read.Failure is { } failure)
        {
            logger.LogInformation("Upload refused: {Reason} ({Technical})", failure.Kind, failure.Technical);
            return Refuse(failure);
        }

        var document = read.Document!;
        var targetRole = string.IsNullOrEmpty(request.TargetRole) ? null : request.TargetRole;
        if (Analyze(document, targetRole, cancellationToken) is not { } analysis)
        {
            logger.LogInformation("Upload refused: analysis over its {Budget} budget", analysisOptions.Value.MaxDuration);
            return new AnalysisOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "File too complex",
                $"Analysing this file's text took longer than {analysisOptions.Value.MaxDuration.TotalSeconds:0.#} s; a resume takes well under a second. Upload a shorter export of your resume.");
        }

        var record = new AnalysisRecord
        {
            Id = AnalysisId.New(),
            CreatedAt = clock.GetUtcNow(),
            FileName = SafeFileName(request.File!.FileName),
            Format = analysis.Document.Format,
            Pages = document.Pages,
            BestFitRole = analysis.BestFitRole,
            TargetRole = targetRole,
            ResultJson = AnalysisJson.Serialize(analysis),
            ExtractedText = document.Text,
        };
        db.Analyses.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Analysis {AnalysisId} stored: {Format}, {Pages} pages, {Skills} skills", record.Id, record.Format, record.Pages, analysis.Skills.Count);
        return new AnalysisOutcome.Created(record, analysis);
    }

    /// <summary>The analysis under its own wall-time budget; null when the budget ran out (the caller's cancellation still throws).</summary>
    private ResumeAnalysis? Analyze(ExtractedDocument document, string? targetRole, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(analysisOptions.Value.MaxDuration);
        try
        {
            return analyzer.Analyze(document, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), targetRole, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static AnalysisOutcome.Refused Refuse(DocumentReadFailure failure) => failure.Kind switch
    {
        DocumentReadFailureKind.Empty => new(StatusCodes.Status400BadRequest, "Empty file", failure.Detail),
        DocumentReadFailureKind.UnknownFormat => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", failure.Detail),
        DocumentReadFailureKind.PasswordProtected => new(StatusCodes.Status422UnprocessableEntity, "Password-protected file", failure.Detail),
        DocumentReadFailureKind.NoText => new(StatusCodes.Status422UnprocessableEntity, "No text found", failure.Detail),
        DocumentReadFailureKind.TooComplex => new(StatusCodes.Status422UnprocessableEntity, "File too complex", failure.Detail),
        _ => new(StatusCodes.Status422UnprocessableEntity, "Unreadable file", failure.Detail),
    };

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static string SafeFileName(string name)
    {
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        clean = clean.Length == 0 ? "resume" : clean;
        return clean.Length <= 255 ? clean : clean[..255];
    }
}
