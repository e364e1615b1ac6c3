using SkillGap.Core.Experience;

namespace SkillGap.Core.Tests.Experience;

public class TechnicalJobTests
{
    [Theory]
    [InlineData("Network Engineer")]
    [InlineData("IT Support Technician")]
    [InlineData("BI Developer")]
    [InlineData("Senior Systems Administrator")]
    [InlineData("SRE")]
    [InlineData("Data Analyst")]
    [InlineData("Technician of Support")]
    [InlineData("Working student, IT operations")]
    [InlineData("QA Automation Lead")]
    [InlineData("Postdoctoral Researcher and Cluster Administrator")]
    public void TechnicalTitlesCountWithoutSkills(string title)
    {
        Assert.Equal((true, "technical title"), TechnicalJob.Judge(title, []));
    }

    [Theory]
    [InlineData("Executive Chef")]
    [InlineData("Store Manager")]
    [InlineData("Customer Support Agent")]
    [InlineData("Bank Security Guard")]
    [InlineData("Data entry clerk")]
    [InlineData("Operations Manager")]
    [InlineData("Maths and Computing Teacher")]
    [InlineData("Make it happen coordinator")]
    public void OtherTitlesWithoutSkillsDoNotCount(string title)
    {
        Assert.Equal((false, "no technical skill or title"), TechnicalJob.Judge(title, []));
    }

    [Fact]
    public void TwoTechnicalSkillsInsideAJobWhoseTitleNamesNoOtherWorkMakeItCount()
    {
        var (counts, reason) = TechnicalJob.Judge("Contract work", ["Firewalls", "VLANs", "Microsoft 365", "Wi-Fi"]);
        Assert.True(counts);
        Assert.Equal("names Firewalls, VLANs, Microsoft 365…", reason);
    }

    [Fact]
    public void ATitleThatNamesOtherWorkIsNotMadeTechnicalByTheToolsUsedInIt()
    {
        // A hotel's operations manager who set up the Wi-Fi VLANs has those skills, not years as an engineer.
        var (counts, reason) = TechnicalJob.Judge("Operations Manager", ["Firewalls", "VLANs", "Microsoft 365", "Wi-Fi"]);
        Assert.False(counts);
        Assert.Equal("the title names other work (Firewalls, VLANs, Microsoft 365 used in it)", reason);
    }

    [Fact]
    public void OneSkillIsNotEnough()
    {
        var (counts, reason) = TechnicalJob.Judge("Contract work", ["Python"]);
        Assert.False(counts);
        Assert.Contains("only one technical skill named (Python)", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cloud training")]
    [InlineData("DevOps Bootcamp")]
    [InlineData("Cloud Fundamentals Course, self-paced")]
    public void TrainingIsNotAJobEvenWithSkills(string title)
    {
        Assert.Equal((false, "training, not a job"), TechnicalJob.Judge(title, ["AWS", "Linux", "Docker"]));
    }
}
