namespace SkillGap.Core.Experience;

/// <summary>The dated work history SkillGap read, shown to the person it belongs to. Personal data: never log it.</summary>
/// <param name="TotalYears">Years covered by at least one job that counts (technical evidence, see <see cref="ExperienceEntry.Counted"/>),
/// overlaps counted once, one decimal. Seniority is read from these jobs only.</param>
/// <param name="Seniority">"junior", "mid", "senior" or "staff".</param>
/// <param name="SeniorityReasons">Why: the years, the other experience left out, and the words in the jobs that moved the estimate.</param>
/// <param name="OtherYears">Years covered only by jobs that do not count (a chef's kitchens, a shop): shown, not scored.
/// <see cref="TotalYears"/> + <see cref="OtherYears"/> is the whole dated history. 0 in analyses stored before it existed.</param>
/// <param name="AsOf">The day "present" meant ("2026-11-01"): the analysis date from the host's clock; null in analyses stored before it existed.</param>
public sealed record ExperienceSummary(
    double TotalYears,
    string Seniority,
    IReadOnlyList<string> SeniorityReasons,
    IReadOnlyList<ExperienceEntry> Entries,
    double OtherYears = 0,
    string? AsOf = null);

/// <param name="Start">"2019-03", or "2019" when only the year was written.</param>
/// <param name="End">Same form; null while the job continues.</param>
/// <param name="Counted">Whether the job counts toward <see cref="ExperienceSummary.TotalYears"/> and seniority; true in analyses
/// stored before jobs were judged (every job counted then).</param>
/// <param name="Reason">Why it counts or not: "technical title", "names Linux, Ansible, BGP", "no technical skill or title",
/// "training, not a job"; null in analyses stored before it existed.</param>
/// <param name="Kind">"job", or "training" for a bootcamp, course or programme written among the jobs (shown, never counted);
/// "job" in analyses stored before it existed.</param>
/// <param name="Location">The place written beside the employer ("Leeds", "Java, Indonesia"); null when none is.</param>
/// <param name="SourceStart">Offset in the extracted text of the entry's first header line (title, employer, dates).</param>
/// <param name="SourceLength">Length of its header lines there, so a reader can check what each field was read from.</param>
public sealed record ExperienceEntry(
    string Title,
    string? Employer,
    string Start,
    string? End,
    int Months,
    bool Counted = true,
    string? Reason = null,
    string Kind = ExperienceKinds.Job,
    string? Location = null,
    int SourceStart = 0,
    int SourceLength = 0);

public static class ExperienceKinds
{
    public const string Job = "job";
    public const string Training = "training";
}
