using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Experience;

/// <summary>The dated jobs of one resume as of a given day, and what they say about each skill mentioned in them.</summary>
internal sealed class WorkHistory
{
    private readonly DateOnly _today;

    private WorkHistory(IReadOnlyList<DatedEntry> entries, DateOnly today)
    {
        Entries = entries;
        _today = today;
    }

    public IReadOnlyList<DatedEntry> Entries { get; }

    public static WorkHistory Read(ExtractedDocument document, SectionMap sections, DateOnly today) =>
        new(ExperienceEntryFinder.Find(document, sections, today), today);

    /// <summary>Usage of a skill mentioned on these lines; null when none of them is inside a dated job.</summary>
    public SkillUsage? UsageOn(IReadOnlyCollection<int> lines)
    {
        var jobs = Entries.Where(e => lines.Any(e.Contains)).ToList();
        return jobs.Count == 0
            ? null
            : new SkillUsage(MonthInterval.MergedMonths(jobs.SelectMany(j => j.Intervals)), jobs.Max(j => j.LastYear(_today)));
    }

    public ExperienceSummary Summary()
    {
        var years = Math.Round(MonthInterval.MergedMonths(Entries.SelectMany(e => e.Intervals)) / 12.0, 1, MidpointRounding.AwayFromZero);
        var (level, reasons) = SeniorityEstimator.Estimate(Entries, years);
        var entries = Entries.Select(e => new ExperienceEntry(e.Title, e.Employer, e.Start.ToString(), e.End?.ToString(), e.Months)).ToList();
        return new ExperienceSummary(years, level, reasons, entries);
    }
}
