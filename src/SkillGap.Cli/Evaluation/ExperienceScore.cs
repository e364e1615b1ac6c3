using System.Text.RegularExpressions;
using SkillGap.Core.Experience;

namespace SkillGap.Cli.Evaluation;

/// <summary>
/// Jobs read from one document (or summed over many) against the labelled jobs. Each labelled job is paired with
/// at most one entry the analysis gave as a job (same start first, then the same title or employer); a pair scores
/// its title, its employer and its dates (start and end as written) separately. An entry paired with no labelled job
/// is invented; a labelled job with no entry counts as wrong on all three.
/// Names compare without case, punctuation or bracketed remarks ("Shoprite Digital (contract)" = "Shoprite Digital").
/// </summary>
public readonly partial record struct ExperienceScore(
    int Jobs,
    int TitlesRight,
    int EmployersRight,
    int DatesRight,
    int Invented,
    int Missed,
    int Documents,
    int SeniorityExact,
    int SeniorityOffByMoreThanOne)
{
    public double TitleAccuracy => Ratio(TitlesRight, Jobs);

    public double EmployerAccuracy => Ratio(EmployersRight, Jobs);

    public double DateAccuracy => Ratio(DatesRight, Jobs);

    public double SeniorityAccuracy => Ratio(SeniorityExact, Documents);

    public static ExperienceScore operator +(ExperienceScore left, ExperienceScore right) => new(
        left.Jobs + right.Jobs,
        left.TitlesRight + right.TitlesRight,
        left.EmployersRight + right.EmployersRight,
        left.DatesRight + right.DatesRight,
        left.Invented + right.Invented,
        left.Missed + right.Missed,
        left.Documents + right.Documents,
        left.SeniorityExact + right.SeniorityExact,
        left.SeniorityOffByMoreThanOne + right.SeniorityOffByMoreThanOne);

    /// <param name="read">What the analysis read; null when the document could not be analysed (every job missed).</param>
    public static ExperienceScore Compare(ExperienceLabels labels, ExperienceSummary? read)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var entries = read?.Entries.Where(e => e.Kind == ExperienceKinds.Job).ToList() ?? [];
        var pairs = Pair(labels.Jobs, entries);
        var expected = SeniorityLevels.InOrder.ToList().IndexOf(labels.Seniority);
        var given = read is null ? -1 : SeniorityLevels.InOrder.ToList().IndexOf(read.Seniority);
        return new ExperienceScore(
            labels.Jobs.Count,
            pairs.Count(p => SameName(p.Job.Title, p.Entry.Title)),
            pairs.Count(p => SameName(p.Job.Employer, p.Entry.Employer)),
            pairs.Count(p => p.Job.Start == p.Entry.Start && p.Job.End == p.Entry.End),
            entries.Count - pairs.Count,
            labels.Jobs.Count - pairs.Count,
            1,
            given == expected ? 1 : 0,
            given < 0 || Math.Abs(given - expected) > 1 ? 1 : 0);
    }

    /// <summary>Labelled jobs the document got wrong, for --verbose: "title 'X' read as 'Y'", "missed 'X'", "invented 'Y'".</summary>
    public static IReadOnlyList<string> Errors(ExperienceLabels labels, ExperienceSummary? read)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var entries = read?.Entries.Where(e => e.Kind == ExperienceKinds.Job).ToList() ?? [];
        var pairs = Pair(labels.Jobs, entries);
        var errors = new List<string>();
        foreach (var (job, entry) in pairs)
        {
            if (!SameName(job.Title, entry.Title))
            {
                errors.Add($"title '{job.Title}' read as '{entry.Title}'");
            }

            if (!SameName(job.Employer, entry.Employer))
            {
                errors.Add($"employer '{job.Employer}' read as '{entry.Employer}'");
            }

            if (job.Start != entry.Start || job.End != entry.End)
            {
                errors.Add($"dates {job.Start}–{job.End ?? "present"} read as {entry.Start}–{entry.End ?? "present"}");
            }
        }

        errors.AddRange(labels.Jobs.Where(j => !pairs.Exists(p => p.Job == j)).Select(j => $"missed '{j.Title}'"));
        errors.AddRange(entries.Where(e => !pairs.Exists(p => p.Entry == e)).Select(e => $"invented '{e.Title}' ({e.Start})"));
        if (read is not null && read.Seniority != labels.Seniority)
        {
            errors.Add($"seniority {labels.Seniority} read as {read.Seniority}");
        }

        return errors;
    }

    private static List<(LabelledJob Job, ExperienceEntry Entry)> Pair(IReadOnlyList<LabelledJob> jobs, List<ExperienceEntry> entries)
    {
        var candidates = jobs
            .SelectMany(j => entries.Select(e => (Job: j, Entry: e, Weight: Weight(j, e))))
            .Where(c => c.Weight > 0)
            .OrderByDescending(c => c.Weight)
            .ToList();
        var pairs = new List<(LabelledJob, ExperienceEntry)>();
        foreach (var (job, entry, _) in candidates)
        {
            if (!pairs.Exists(p => p.Item1 == job || p.Item2 == entry))
            {
                pairs.Add((job, entry));
            }
        }

        return pairs;
    }

    private static int Weight(LabelledJob job, ExperienceEntry entry) =>
        (job.Start == entry.Start ? 4 : 0) + (job.End == entry.End ? 1 : 0) + (SameName(job.Title, entry.Title) ? 2 : 0) +
        (job.Employer is not null && SameName(job.Employer, entry.Employer) ? 2 : 0) is var weight && weight > 1 ? weight : 0;

    private static bool SameName(string? expected, string? read) => Normal(expected) == Normal(read);

    private static string Normal(string? name) =>
        name is null ? "" : Spaces().Replace(NotWord().Replace(Brackets().Replace(name, " "), " "), " ").Trim().ToLowerInvariant();

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
