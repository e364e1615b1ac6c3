namespace SkillGap.Core.Experience;

/// <summary>A half-open run of calendar months, [Start, End), counted as year * 12 + month - 1.</summary>
public readonly record struct MonthInterval(int Start, int End)
{
    public int Months => End - Start;

    public static int IndexOf(int year, int month) => (year * 12) + month - 1;

    /// <summary>The months covered at least once: overlapping or touching intervals count once.</summary>
    public static int MergedMonths(IEnumerable<MonthInterval> intervals)
    {
        var total = 0;
        var coveredUntil = int.MinValue;
        foreach (var interval in intervals.OrderBy(i => i.Start).ThenBy(i => i.End))
        {
            var from = Math.Max(interval.Start, coveredUntil);
            if (interval.End > from)
            {
                total += interval.End - from;
                coveredUntil = interval.End;
            }
        }

        return total;
    }
}
