using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Experience;

/// <summary>The dated jobs of one resume as of a given day, and what they say about each skill mentioned in them.</summary>
internal sealed class WorkHistory
{
    private readonly DateOnly _today;
    private readonly ExtractedDocument _document;

    private WorkHistory(IReadOnlyList<DatedEntry> entries, ExtractedDocument document, DateOnly today)
    {
        Entries = entries;
        _document = document;
        _today = today;
    }

    public IReadOnlyList<DatedEntry> Entries { get; }

    public static WorkHistory Read(ExtractedDocument document, SectionMap sections, DateOnly today) =>
        new(ExperienceEntryFinder.Find(document, sections, today), document, today);

    /// <summary>Usage of a skill mentioned on these lines; null when none of them is inside a dated job.</summary>
    public SkillUsage? UsageOn(IReadOnlyCollection<int> lines)
    {
        var jobs = Entries.Where(e => lines.Any(e.Contains)).ToList();
        return jobs.Count == 0
            ? null
            : new SkillUsage(MonthInterval.MergedMonths(jobs.SelectMany(j => j.Intervals)), jobs.Max(j => j.LastYear(_today)));
    }

    /// <param name="technicalSkillLines">Names of the technical (non-soft) skills written in the resume, with the lines they are on.</param>
    public ExperienceSummary Summary(IReadOnlyList<(int Line, string Skill)> technicalSkillLines)
    {
        ArgumentNullException.ThrowIfNull(technicalSkillLines);
        var judged = Entries
            .Select(e => (Entry: e, Verdict: TechnicalJob.Judge(e.Title, technicalSkillLines.Where(s => e.Contains(s.Line)).Select(s => s.Skill).Distinct(StringComparer.Ordinal).ToList())))
            .ToList();
        var counted = judged.Where(j => j.Verdict.Counts).Select(j => j.Entry).ToList();
        var other = judged.Where(j => !j.Verdict.Counts).Select(j => j.Entry).ToList();

        var countedMonths = MonthInterval.MergedMonths(counted.SelectMany(e => e.Intervals));
        var otherMonths = MonthInterval.MergedMonths(Entries.SelectMany(e => e.Intervals)) - countedMonths;
        var (level, reasons) = SeniorityEstimator.Estimate(counted, Years(countedMonths), other.Select(e => e.Title).ToList(), Years(otherMonths));
        var entries = judged
            .Select(j => new ExperienceEntry(
                j.Entry.Title,
                j.Entry.Employer,
                j.Entry.Start.ToString(),
                j.Entry.End?.ToString(),
                j.Entry.Months,
                j.Verdict.Counts,
                j.Verdict.Reason,
                TechnicalJob.IsTraining(j.Entry.Title) ? ExperienceKinds.Training : ExperienceKinds.Job,
                j.Entry.Location,
                SourceStart(j.Entry),
                SourceLength(j.Entry)))
            .ToList();
        return new ExperienceSummary(Years(countedMonths), level, reasons, entries, Years(otherMonths), _today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private int SourceStart(DatedEntry entry) => _document.LineStart(entry.FirstLine);

    private int SourceLength(DatedEntry entry) =>
        _document.LineStart(entry.HeaderLastLine) + _document.Lines[entry.HeaderLastLine].Text.Length - _document.LineStart(entry.FirstLine);

    private static double Years(int months) => Math.Round(months / 12.0, 1, MidpointRounding.AwayFromZero);
}
