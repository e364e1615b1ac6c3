using SkillGap.Core.Analysis;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

public class RoleScorerTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestCatalogs.Small();

    private static Dictionary<string, SkillCredit> Credits(params (string Id, string Source, double Credit)[] credits) =>
        credits.ToDictionary(c => c.Id, c => new SkillCredit(c.Id, c.Source, c.Credit));

    [Fact]
    public void ScoreIsWeightedCoverageOfTheProfile()
    {
        // Profile: linux core(3), kubernetes core(3), terraform important(2), python important(2), go bonus(1) = 11.
        var (score, matched, gaps) = RoleScorer.Score(Catalog.Roles[0], Credits(("linux", "text", 1.0), ("go", "text", 1.0)), Catalog);
        Assert.Equal((int)Math.Round(100.0 * 4 / 11), score);
        Assert.Equal(["linux", "go"], matched.Select(m => m.SkillId));
        Assert.Equal(3, gaps.Count);
    }

    [Fact]
    public void InferredSkillEarnsItsReducedCredit()
    {
        var full = RoleScorer.Score(Catalog.Roles[0], Credits(("kubernetes", "text", 1.0)), Catalog).Score;
        var inferred = RoleScorer.Score(Catalog.Roles[0], Credits(("kubernetes", SkillSources.Inferred, SkillEvidenceStrength.Inferred)), Catalog).Score;
        Assert.Equal((int)Math.Round(100.0 * 3 / 11), full);
        Assert.Equal((int)Math.Round(100.0 * 1.5 / 11, MidpointRounding.AwayFromZero), inferred);
    }

    [Fact]
    public void GapsComeHeaviestTierFirstWithTheProfileWhy()
    {
        var (_, _, gaps) = RoleScorer.Score(Catalog.Roles[0], Credits(), Catalog);
        Assert.Equal(["linux", "kubernetes", "terraform", "python", "go"], gaps.Select(g => g.SkillId));
        Assert.Equal("Servers run Linux.", gaps[0].Why);
        Assert.Equal("core", gaps[0].Tier);
    }

    [Fact]
    public void SkillsCarryTheirEvidenceCreditAndUsageIntoTheMatch()
    {
        var credits = new Dictionary<string, SkillCredit>
        {
            ["linux"] = new("linux", "text", 0.9, new Core.Experience.SkillUsage(8, 2024)),
        };
        var (score, matched, _) = RoleScorer.Score(Catalog.Roles[0], credits, Catalog);
        Assert.Equal((int)Math.Round(100.0 * 3 * 0.9 / 11, MidpointRounding.AwayFromZero), score);
        Assert.Equal((0.9, 8, 2024), (matched[0].Credit, matched[0].Months, matched[0].LastUsed));
    }
}
