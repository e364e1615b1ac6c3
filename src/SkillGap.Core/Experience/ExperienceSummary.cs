namespace SkillGap.Core.Experience;

/// <summary>The dated work history SkillGap read, shown to the person it belongs to. Personal data: never log it.</summary>
/// <param name="TotalYears">Years covered by at least one job (overlaps counted once), one decimal.</param>
/// <param name="Seniority">"junior", "mid", "senior" or "staff".</param>
/// <param name="SeniorityReasons">Why: the years, and the words in the jobs that moved the estimate.</param>
public sealed record ExperienceSummary(
    double TotalYears,
    string Seniority,
    IReadOnlyList<string> SeniorityReasons,
    IReadOnlyList<ExperienceEntry> Entries);

/// <param name="Start">"2019-03", or "2019" when only the year was written.</param>
/// <param name="End">Same form; null while the job continues.</param>
public sealed record ExperienceEntry(string Title, string? Employer, string Start, string? End, int Months);
