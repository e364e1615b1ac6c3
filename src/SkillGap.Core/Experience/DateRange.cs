namespace SkillGap.Core.Experience;

/// <summary>A written period of work. <see cref="End"/> is null for "present", "current", "now"...</summary>
public sealed record DateRange(DatePoint Start, DatePoint? End)
{
    /// <summary>
    /// The months the range covers as of <paramref name="today"/>; null when it starts after today.
    /// Month ends are inclusive ("Jan–Mar 2021" is 3 months). A year-only end means "some time in that year",
    /// and people who write "2016–2019" mean about three years, so it ends where that year starts
    /// (a range inside one year, "2018–2018", counts the whole year). Ends after today are cut at today.
    /// </summary>
    public MonthInterval? ToInterval(DateOnly today)
    {
        var start = MonthInterval.IndexOf(Start.Year, Start.Month ?? 1);
        var now = MonthInterval.IndexOf(today.Year, today.Month) + 1;
        var end = End switch
        {
            null => now,
            { Month: { } month } point => MonthInterval.IndexOf(point.Year, month) + 1,
            { } point => MonthInterval.IndexOf(point.Year, 1) > start ? MonthInterval.IndexOf(point.Year, 1) : MonthInterval.IndexOf(point.Year + 1, 1),
        };
        end = Math.Min(end, now);
        return end > start ? new MonthInterval(start, end) : null;
    }

    /// <summary>The year the work was last done: the end year, or today's for present and future ends.</summary>
    public int LastYear(DateOnly today) => End is { } end ? Math.Min(end.Year, today.Year) : today.Year;
}
