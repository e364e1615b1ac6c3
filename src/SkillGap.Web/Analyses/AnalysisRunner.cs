using Microsoft.Extensions.Options;
using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Refusals;
using SkillGap.Web.Data;

namespace SkillGap.Web.Analyses;

/// <summary>Bytes → read → analyze → store. Shared by the API and the upload page so both behave the same; knows nothing of HTTP.</summary>
public sealed class AnalysisRunner(
    ResumeAnalyzer analyzer,
    SkillGapDbContext db,
    IOptions<PdfReadingOptions> pdfReading,
    IOptions<DocxReadingOptions> docxReading,
    IOptions<AnalysisOptions> analysisOptions,
    IOptions<UploadOptions> uploadOptions,
    TimeProvider clock,
    ILogger<AnalysisRunner> logger)
{
    /// <summary>Reads, analyses and stores one resume; the file name is only a label (the bytes decide the format).</summary>
    public async Task<AnalysisOutcome> RunAsync(byte[] bytes, string fileName, string? targetRole, CancellationToken cancellationToken)
    {
        var attempt = Attempt(bytes, targetRole, cancellationToken);
        if (attempt.Refusal is { } refusal)
        {
            return new AnalysisOutcome.Refused(refusal);
        }

        var document = attempt.Document!;
        var analysis = attempt.Analysis!;
        var record = new AnalysisRecord
        {
            Id = AnalysisId.New(),
            CreatedAt = clock.GetUtcNow(),
            FileName = SafeFileName(fileName),
            Format = analysis.Document.Format,
            Pages = document.Pages,
            BestFitRole = analysis.BestFitRole,
            TargetRole = string.IsNullOrEmpty(targetRole) ? null : targetRole,
            ResultJson = AnalysisJson.Serialize(analysis),
            ExtractedText = document.Text,
        };
        db.Analyses.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Analysis {AnalysisId} stored: {Format}, {Pages} pages, {Skills} skills", record.Id, record.Format, record.Pages, analysis.Skills.Count);
        return new AnalysisOutcome.Created(record, analysis);
    }

    /// <summary>Bytes → document → analysis, storing nothing. The target role must already be known (or empty).</summary>
    public AnalysisAttempt Attempt(byte[] bytes, string? targetRole, CancellationToken cancellationToken)
    {
        if (bytes.Length > MaxBytes)
        {
            return AnalysisAttempt.Refuse(TooLarge());
        }

        var read = DocumentReader.Read(bytes, pdfReading.Value.ToReadOptions(), cancellationToken, docxReading.Value.ToReadOptions());
        if (read.Failure is { } failure)
        {
            logger.LogInformation("Upload refused: {Reason} ({Technical})", failure.Kind, failure.Technical);
            return AnalysisAttempt.Refuse(Refusal.From(failure));
        }

        var document = read.Document!;
        var role = string.IsNullOrEmpty(targetRole) ? null : targetRole;
        if (Analyze(document, role, cancellationToken) is not { } analysis)
        {
            logger.LogInformation("Upload refused: analysis over its {Budget} budget", analysisOptions.Value.MaxDuration);
            return AnalysisAttempt.Refuse(new Refusal(RefusalReason.TooComplex,
                $"Analysing this file's text took longer than {analysisOptions.Value.MaxDuration.TotalSeconds:0.#} s; a resume takes well under a second. Upload a shorter export of your resume.",
                "analysis budget"));
        }

        return new AnalysisAttempt(document, analysis, null);
    }

    public long MaxBytes => uploadOptions.Value.MaxBytes;

    public Refusal TooLarge() => new(RefusalReason.TooLarge,
        $"The file is larger than {MaxBytes / (1024 * 1024.0):0.#} MB. Upload a smaller export of your resume.");

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

    internal static string SafeFileName(string name)
    {
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        clean = clean.Length == 0 ? "resume" : clean;
        return clean.Length <= 255 ? clean : clean[..255];
    }
}
