namespace SkillGap.Web.Data;

/// <summary>
/// A stored analysis. The uploaded file is never stored; the extracted text is, so the user can check what
/// we read and evidence offsets stay meaningful, and it goes when the analysis is deleted.
/// </summary>
public sealed class AnalysisRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string FileName { get; init; }

    public required string Format { get; init; }

    public required int Pages { get; init; }

    public required string BestFitRole { get; init; }

    public string? TargetRole { get; init; }

    /// <summary>The <see cref="SkillGap.Core.Analysis.ResumeAnalysis"/> as JSON: it is read whole and never queried inside.</summary>
    public required string ResultJson { get; init; }

    public required string ExtractedText { get; init; }
}
