using SkillGap.Core.Experience;

namespace SkillGap.Core.Analysis;

/// <summary>Everything SkillGap concluded about one resume. Serialized as-is into the API and the database.</summary>
/// <param name="Experience">Dated jobs, total years and seniority; null in analyses stored before it existed.</param>
public sealed record ResumeAnalysis(
    DocumentSummary Document,
    IReadOnlyList<FoundSkill> Skills,
    IReadOnlyList<HeldCertification> Certifications,
    IReadOnlyList<RoleResult> Roles,
    string BestFitRole,
    string? TargetRole,
    ExperienceSummary? Experience = null);

public sealed record DocumentSummary(string Format, int Pages, int Characters, IReadOnlyList<string> Warnings);

/// <param name="Section">The resume section the line belongs to (experience, skills, ...).</param>
/// <param name="Snippet">The line the mention was found on.</param>
/// <param name="Start">Offset of the mention in the extracted text.</param>
/// <param name="Length">Length of the mention.</param>
public sealed record Evidence(string Section, string Snippet, int Start, int Length);

public static class SkillSources
{
    public const string Text = "text";
    public const string Inferred = "inferred";
}

/// <param name="Source">"text" when written in the resume, "inferred" when implied by another skill.</param>
/// <param name="InferredFrom">For inferred skills, the skills that imply it.</param>
/// <param name="Months">Months of the dated jobs mentioning it (overlaps once); null when no dated job does.</param>
/// <param name="LastUsed">End year of the latest dated job mentioning it, the current year while it continues; null likewise.</param>
public sealed record FoundSkill(
    string Id,
    string Name,
    string Category,
    string Source,
    IReadOnlyList<string> InferredFrom,
    IReadOnlyList<Evidence> Evidence,
    int? Months = null,
    int? LastUsed = null);

/// <param name="Year">The year written beside it, when the resume says; the latest if it is named more than once.</param>
public sealed record HeldCertification(string Id, string Name, IReadOnlyList<Evidence> Evidence, int? Year = null);
