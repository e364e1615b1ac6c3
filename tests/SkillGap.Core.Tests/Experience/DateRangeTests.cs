using SkillGap.Core.Experience;

namespace SkillGap.Core.Tests.Experience;

public class DateRangeTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Theory]
    [InlineData("Jan 2019 – Mar 2021", 27)]
    [InlineData("2016–2019", 36)]
    [InlineData("2018–2018", 12)]
    [InlineData("Mar 2019 – 2019", 10)]
    [InlineData("Jan 2025 – Present", 6)]
    [InlineData("2024 – 2030", 18)]
    public void CountsMonthsAsOfToday(string text, int months)
    {
        var range = Assert.Single(DateRangeParser.FindAll(text)).Range;
        Assert.Equal(months, range.ToInterval(Today)!.Value.Months);
    }

    [Fact]
    public void ARangeStartingAfterTodayCoversNothing()
    {
        var range = Assert.Single(DateRangeParser.FindAll("Sept 2025 – present")).Range;
        Assert.Null(range.ToInterval(Today));
    }

    [Fact]
    public void PresentIsLastUsedThisYearAndFutureEndsAreCutAtToday()
    {
        Assert.Equal(2025, new DateRange(new DatePoint(2019, 1), null).LastYear(Today));
        Assert.Equal(2025, new DateRange(new DatePoint(2019, 1), new DatePoint(2027, null)).LastYear(Today));
        Assert.Equal(2021, new DateRange(new DatePoint(2019, 1), new DatePoint(2021, 3)).LastYear(Today));
    }

    [Fact]
    public void OverlappingIntervalsAreCountedOnce()
    {
        // 2019-01..2021-12 and 2021-01..2022-12 overlap for a year; 2024 stands apart.
        MonthInterval[] intervals =
        [
            new(MonthInterval.IndexOf(2019, 1), MonthInterval.IndexOf(2022, 1)),
            new(MonthInterval.IndexOf(2021, 1), MonthInterval.IndexOf(2023, 1)),
            new(MonthInterval.IndexOf(2024, 1), MonthInterval.IndexOf(2024, 7)),
        ];
        Assert.Equal(48 + 6, MonthInterval.MergedMonths(intervals));
    }

    [Fact]
    public void AnIntervalInsideAnotherAddsNothing()
    {
        MonthInterval[] intervals = [new(100, 160), new(110, 120)];
        Assert.Equal(60, MonthInterval.MergedMonths(intervals));
    }
}
