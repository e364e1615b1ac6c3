using SkillGap.Core.Analysis;
using SkillGap.Core.Experience;
using SkillGap.Web.Data;

namespace SkillGap.Web.Analyses;

/// <summary>The API's view of a stored analysis (camelCase JSON).</summary>
public sealed record AnalysisResponse(
    string Id,
    DateTimeOffset CreatedAt,
    string FileName,
    DocumentSummary Document,
    IReadOnlyList<FoundSkill> Skills,
    IReadOnlyList<HeldCertification> Certifications,
    IReadOnlyList<RoleResult> Roles,
    string BestFitRole,
    string? TargetRole,
    ExperienceSummary? Experience)
{
    public static AnalysisResponse From(AnalysisRecord record, ResumeAnalysis analysis) => new(
        record.Id,
        record.CreatedAt,
        record.FileName,
        analysis.Document,
        analysis.Skills,
        analysis.Certifications,
        analysis.Roles,
        analysis.BestFitRole,
        analysis.TargetRole,
        analysis.Experience);
}
