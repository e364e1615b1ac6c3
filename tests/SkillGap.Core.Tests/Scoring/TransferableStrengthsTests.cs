using SkillGap.Core.Analysis;
using SkillGap.Core.Scoring;

namespace SkillGap.Core.Tests.Scoring;

public class TransferableStrengthsTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Theory]
    [InlineData(1, "1 month")]
    [InlineData(8, "8 months")]
    [InlineData(12, "1 year")]
    [InlineData(48, "4 years")]
    [InlineData(54, "4.5 years")]
    [InlineData(56, "4.5 years")]
    [InlineData(58, "5 years")]
    public void DurationsReadNaturally(int months, string text)
    {
        Assert.Equal(text, TransferableStrengths.Duration(months));
    }

    [Fact]
    public void PhrasesUsageForTheCareerSwitcher()
    {
        Assert.Equal("BGP (4 years, used until 2024)", TransferableStrengths.Phrase(new MatchedSkill("bgp", "BGP", "important", "text", 1.0, 48, 2024), Today));
        Assert.Equal("Linux (6 years, in use this year)", TransferableStrengths.Phrase(new MatchedSkill("linux", "Linux", "core", "text", 1.0, 72, 2025), Today));
        Assert.Equal("Go (listed without dates)", TransferableStrengths.Phrase(new MatchedSkill("go", "Go", "bonus", "text", 0.75), Today));
    }

    [Fact]
    public void StrongestEvidenceTheRoleWeighsMostComesFirstAndInferredSkillsAreLeftOut()
    {
        MatchedSkill[] matched =
        [
            new("go", "Go", "bonus", "text", 1.0, 60, 2025),
            new("python", "Python", "important", "text", 0.75),
            new("terraform", "Terraform", "important", "text", 1.0, 24, 2025),
            new("linux", "Linux", "core", "text", 0.81, 6, 2015),
            new("kubernetes", "Kubernetes", "core", "inferred", 0.5),
        ];
        var strengths = TransferableStrengths.From(matched, Today);
        Assert.Equal(["Linux", "Terraform", "Python", "Go"], strengths.Select(s => s[..s.IndexOf(' ', StringComparison.Ordinal)]));
    }
}
