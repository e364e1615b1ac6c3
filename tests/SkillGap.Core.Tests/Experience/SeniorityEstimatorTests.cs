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
    public void AnInternTitleInTheLatestRoleKeepsItJunior()
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job("SRE Intern", 2024, 2025), Job("Network Engineer", 2018, 2024)], 7);
        Assert.Equal("junior", level);
        Assert.Equal(["7 years of technical experience (senior by years)", "latest role is titled 'intern'", "junior at most"], reasons);
    }

    [Theory]
    [InlineData("Network Engineer II", "II")]
    [InlineData("2nd Line IT Support Analyst", "2nd Line")]
    [InlineData("Help Desk Technician", "Help Desk")]
    [InlineData("IT Support Technician", "IT Support Technician")]
    public void AnEntryRungTitleKeepsALongCareerAtMid(string title, string rung)
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job(title, 2014, 2025)], 11);
        Assert.Equal("mid", level);
        Assert.Contains($"latest role is titled '{rung}', an entry rung", reasons);
        Assert.Contains("mid at most", reasons);
    }

    [Fact]
    public void EightYearsWithoutAStaffSignalIsSenior()
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job("Senior Systems Administrator", 2014, 2025, "Led the go-live.")], 11);
        Assert.Equal("senior", level);
        Assert.Equal("11 years of technical experience (staff by years)", reasons[0]);
        Assert.Contains("no staff signal (a staff, principal or lead title, setting strategy, mentoring across teams): senior", reasons);
    }

    [Theory]
    [InlineData("Principal Engineer", "", "latest role is titled 'principal'")]
    [InlineData("Senior SRE", "Set the platform strategy for four product groups.", "'set the platform strategy' shows staff-level work")]
    [InlineData("Senior SRE", "Mentored six engineers across three teams.", "'mentored six engineers across three teams' shows staff-level work")]
    public void EightYearsWithAStaffSignalIsStaff(string title, string text, string reason)
    {
        var (level, reasons) = SeniorityEstimator.Estimate([Job(title, 2014, 2025, text)], 11);
        Assert.Equal("staff", level);
        Assert.Contains(reason, reasons);
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
