using SkillGap.Core.Analysis;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

public class SkillEvidenceStrengthTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Fact]
    public void SustainedRecentUseEarnsFullCredit()
    {
        Assert.Equal(1.0, SkillEvidenceStrength.ForText(new SkillUsage(12, 2022), Today));
        Assert.Equal(1.0, SkillEvidenceStrength.ForText(new SkillUsage(60, 2025), Today));
    }

    [Fact]
    public void ShortOrOlderUseEarnsABitLess()
    {
        var full = SkillEvidenceStrength.ForText(new SkillUsage(24, 2025), Today);
        var shortUse = SkillEvidenceStrength.ForText(new SkillUsage(6, 2025), Today);
        var older = SkillEvidenceStrength.ForText(new SkillUsage(24, 2021), Today);
        var shortAndOlder = SkillEvidenceStrength.ForText(new SkillUsage(6, 2015), Today);
        Assert.True(full > shortUse && full > older);
        Assert.True(shortUse > shortAndOlder && older > shortAndOlder);
    }

    [Fact]
    public void EvidenceOrderIsDatedUseThenListedThenCertificationThenInferred()
    {
        var weakestUse = SkillEvidenceStrength.ForText(new SkillUsage(1, 1990), Today);
        var listed = SkillEvidenceStrength.ForText(null, Today);
        Assert.Equal(SkillEvidenceStrength.Listed, listed);
        Assert.True(weakestUse > listed);
        Assert.True(listed > SkillEvidenceStrength.Certification);
        Assert.True(SkillEvidenceStrength.Certification > SkillEvidenceStrength.Inferred);
        Assert.True(SkillEvidenceStrength.Inferred > 0);
    }

    [Fact]
    public void SkillCreditsKeepTheStrongestEvidencePerSkill()
    {
        // EKS implies Kubernetes; CKA covers Kubernetes and Linux; Linux is used in a job, Python only listed.
        var catalog = TestCatalogs.Real;
        var usage = new Dictionary<string, SkillUsage> { ["linux"] = new(36, 2025), ["aws-eks"] = new(36, 2025) };
        var credits = SkillCredits.From(["linux", "python", "aws-eks"], usage, new HashSet<string> { "cka" }, catalog, Today);
        Assert.Equal(SkillEvidenceStrength.UsedInRole, credits["linux"].Credit);
        Assert.Equal(SkillEvidenceStrength.Listed, credits["python"].Credit);
        Assert.Equal(("certification", SkillEvidenceStrength.Certification), (credits["kubernetes"].Source, credits["kubernetes"].Credit));
        Assert.Equal(SkillSources.Inferred, credits["aws"].Source);
        Assert.Equal(SkillEvidenceStrength.Inferred, credits["aws"].Credit);
    }

    [Fact]
    public void ScoresFollowTheEvidenceOrderForTheSameSkill()
    {
        var catalog = TestCatalogs.Small();
        var role = catalog.Roles[0];
        int ScoreWith(string source, double credit) =>
            RoleScorer.Score(role, new Dictionary<string, SkillCredit> { ["kubernetes"] = new("kubernetes", source, credit) }, catalog).Score;
        var dated = ScoreWith("text", SkillEvidenceStrength.ForText(new SkillUsage(24, 2025), Today));
        var listed = ScoreWith("text", SkillEvidenceStrength.ForText(null, Today));
        var certified = ScoreWith("certification", SkillEvidenceStrength.Certification);
        var inferred = ScoreWith(SkillSources.Inferred, SkillEvidenceStrength.Inferred);
        Assert.True(dated > listed && listed > certified && certified > inferred, $"{dated} > {listed} > {certified} > {inferred}");
    }
}
