namespace SkillGap.Cli.Evaluation;

/// <summary>A resume's work history as a careful reader sees it.</summary>
/// <param name="Seniority">"junior", "mid", "senior" or "staff", judged from the technical jobs and what they say.</param>
public sealed record ExperienceLabels(string Seniority, IReadOnlyList<LabelledJob> Jobs);

/// <param name="Start">"2019-03", or "2019" when only the year is written; <paramref name="End"/> likewise, null for "present".</param>
/// <param name="Employer">Null when none is written (a freelancer); the location is not part of it.</param>
/// <param name="Technical">Whether the job is technical work that counts toward seniority.</param>
public sealed record LabelledJob(string Title, string? Employer, string Start, string? End, bool Technical, string? Location = null);
