namespace SkillGap.Core.Experience;

/// <summary>One job found in an Experience section: lines [FirstLine, LastLine] of the document, and when it was.</summary>
/// <param name="Text">The entry's lines, for seniority signals. Personal data: never log it.</param>
internal sealed record DatedEntry(
    int FirstLine,
    int LastLine,
    string Title,
    string? Employer,
    IReadOnlyList<DateRange> Ranges,
    IReadOnlyList<MonthInterval> Intervals,
    string Text,
    string? Location = null,
    int HeaderLines = 1)
{
    /// <summary>The last line of the header (title, employer, dates), which may span two or three lines.</summary>
    public int HeaderLastLine => Math.Min(FirstLine + HeaderLines - 1, LastLine);

    public int Months => MonthInterval.MergedMonths(Intervals);

    public bool Contains(int line) => line >= FirstLine && line <= LastLine;

    public DatePoint Start => Ranges.MinBy(r => (r.Start.Year, r.Start.Month ?? 1))!.Start;

    /// <summary>The latest end, or null when any range runs to the present.</summary>
    public DatePoint? End => Ranges.Any(r => r.End is null) ? null : Ranges.MaxBy(r => (r.End!.Value.Year, r.End.Value.Month ?? 12))!.End;

    public int LastYear(DateOnly today) => Ranges.Max(r => r.LastYear(today));

    public int LatestMonth => Intervals.Max(i => i.End);
}
