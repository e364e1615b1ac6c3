using SkillGap.Core.Experience;

namespace SkillGap.Core.Tests.Experience;

public class DateRangeParserTests
{
    [Theory]
    [InlineData("Jan 2019 – Present", 2019, 1, null, null)]
    [InlineData("2019–2021", 2019, null, 2021, null)]
    [InlineData("03/2019 - 06/2021", 2019, 3, 2021, 6)]
    [InlineData("Sept 2022 – present", 2022, 9, null, null)]
    [InlineData("2017 to 2025", 2017, null, 2025, null)]
    [InlineData("(2021–present)", 2021, null, null, null)]
    [InlineData("Apr 2021 – present", 2021, 4, null, null)]
    [InlineData("January 2019 - March 2021", 2019, 1, 2021, 3)]
    [InlineData("2019 - Current", 2019, null, null, null)]
    [InlineData("Since 2020", 2020, null, null, null)]
    [InlineData("06.2018 – 09.2020", 2018, 6, 2020, 9)]
    [InlineData("2016 — 2019", 2016, null, 2019, null)]
    [InlineData("May 2024 until Aug 2024", 2024, 5, 2024, 8)]
    [InlineData("2020–now", 2020, null, null, null)]
    [InlineData("2015 - today", 2015, null, null, null)]
    [InlineData("Dec. 2010-Feb. 2012", 2010, 12, 2012, 2)]
    [InlineData("Cloud Engineer, Acme (since March 2021)", 2021, 3, null, null)]
    [InlineData("Cloud Engineer — Acme — Since 2020", 2020, null, null, null)]
    public void ReadsEveryWrittenFormat(string text, int startYear, int? startMonth, int? endYear, int? endMonth)
    {
        var match = Assert.Single(DateRangeParser.FindAll(text));
        Assert.Equal(new DatePoint(startYear, startMonth), match.Range.Start);
        Assert.Equal(endYear is null ? null : new DatePoint(endYear.Value, endMonth), match.Range.End);
    }

    [Theory]
    [InlineData("2021–2019")]
    [InlineData("06/2021 - 03/2021")]
    [InlineData("Red Hat OpenShift for network functions (2023–).")]
    [InlineData("Windows Server 2016/2019 and RHEL 8")]
    [InlineData("13/2019 - 06/2021 and 2019-21")]
    [InlineData("BSc Computing, Leeds Beckett University, 2015")]
    [InlineData("Shared the on-call rota since 2020")]
    public void IgnoresReversedAndUnreadableRanges(string text)
    {
        Assert.Empty(DateRangeParser.FindAll(text));
    }

    [Fact]
    public void FindsTheRangeInsideAHeaderLineAndWhereItIs()
    {
        const string line = "Systems Administrator, Baltic Freight — 03/2019 - 06/2024";
        var match = Assert.Single(DateRangeParser.FindAll(line));
        Assert.Equal("03/2019 - 06/2024", line.Substring(match.Index, match.Length));
    }

    [Fact]
    public void FindsTwoRangesOnOneLine()
    {
        var matches = DateRangeParser.FindAll("IT Support Technician | 03/2019 - 06/2021 and 09/2021 - present");
        Assert.Equal(2, matches.Count);
        Assert.Equal(new DatePoint(2021, 9), matches[1].Range.Start);
        Assert.Null(matches[1].Range.End);
    }
}
