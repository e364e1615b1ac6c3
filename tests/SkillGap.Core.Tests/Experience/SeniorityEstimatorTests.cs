using SkillGap.Core.Experience;

namespace SkillGap.Core.Tests.Experience;

public class SeniorityEstimatorTests
{
    private static DatedEntry Job(string title, int startYear, int endYear, string text = "") =>
        new(0, 0, title, null, [new DateRange(new DatePoint(startYear, null), new DatePoint(endYear, null))],
            [new MonthInterval(MonthInterval.IndexOf(startYear, 1), MonthInterval.IndexOf(endYear, 1))], title + "\n" + text);

    [Theory]
    [InlineData(0.5, "junior")]
    [InlineData(1.9, "junior")]
    [InlineData(2.0, "mid")]
    [InlineData(4.9, "mid")]
    [InlineData(5.0, "senior")]
    [InlineData(7.9, "senior")]
    [InlineData(8.0, "staff")]
    [InlineData(20, "staff")]
    public void YearsAloneSetTheLevel(double years, string level)
    {
        var (estimate, reasons) = SeniorityEstimator.Estimate([Job("Engineer", 2020, 2021)], years);
        Assert.Equal(level, estimate);
        Assert.StartsWith($"{years.ToString(System.Globalization.CultureInfo.InvariantCulture)} years of technical experience", reasons[0]);
    }

    [Fact]
    public void JobsThatDoNotCountAreNamedWithTheirYears()
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job("IT Support Technician", 2024, 2025)], 1, ["Sous Chef", "Line Cook", "Kitchen Porter", "Waiter"], 12.5);
        Assert.Equal("junior", level);
        Assert.Equal("12.5 years of other experience not counted (Sous Chef, Line Cook, Kitchen Porter…)", reasons[1]);
    }

    [Fact]
    public void LeadershipVerbsInTwoRolesRaiseOneLevel()
    {
        DatedEntry[] jobs = [Job("Engineer", 2021, 2025, "Architected the network."), Job("Engineer", 2019, 2021, "Architected the backups; mentored two juniors.")];
        var (level, reasons) = SeniorityEstimator.Estimate(jobs, 6);
        Assert.Equal("staff", level);
        Assert.Contains("'architected' in 2 roles", reasons);
        Assert.Contains("'mentored' in 1 role", reasons);
    }

    [Fact]
    public void OneRoleWithALeadershipVerbIsNotEnough()
    {
        var (level, _) = SeniorityEstimator.Estimate([Job("Engineer", 2021, 2025, "Led the go-live.")], 3);
        Assert.Equal("mid", level);
    }

    [Fact]
    public void ALeadTitleInTheLatestRoleRaisesOneLevel()
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job("QA Automation Lead", 2021, 2025), Job("QA Engineer", 2019, 2021)], 6);
        Assert.Equal("staff", level);
        Assert.Contains("latest role is titled 'lead'", reasons);
    }

    [Fact]
    public void AnInternTitleInTheLatestRoleLowersOneLevel()
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job("SRE Intern", 2024, 2025), Job("Teacher", 2018, 2024)], 7);
        Assert.Equal("mid", level);
        Assert.Contains("latest role is titled 'intern'", reasons);
    }

    [Fact]
    public void AnEarlierJuniorTitleIsAnOrdinaryCareerStep()
    {
        var (level, _) = SeniorityEstimator.Estimate([Job("Network Engineer", 2019, 2025), Job("Junior Network Engineer", 2017, 2019)], 7.8);
        Assert.Equal("senior", level);
    }

    [Fact]
    public void SignalsNeverMoveBeyondTheEndsOfTheScale()
    {
        Assert.Equal("staff", SeniorityEstimator.Estimate([Job("Staff Engineer", 2010, 2025)], 15).Level);
        Assert.Equal("junior", SeniorityEstimator.Estimate([Job("Trainee", 2024, 2025)], 1).Level);
    }
}
