using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

public sealed class SetScoresTests
{
    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    [Fact]
    public void CompareCountsHitsExtrasAndMisses()
    {
        var counts = SetScores.Compare(expected: Set("linux", "bash", "ansible"), predicted: Set("linux", "ansible", "chef", "go"));

        Assert.Equal(new MatchCounts(TruePositives: 2, FalsePositives: 2, FalseNegatives: 1), counts);
    }

    [Fact]
    public void CompareIsCaseSensitiveBecauseIdsAreCanonical()
    {
        var counts = SetScores.Compare(Set("linux"), Set("Linux"));

        Assert.Equal(new MatchCounts(0, 1, 1), counts);
    }

    [Fact]
    public void JaccardIsIntersectionOverUnion()
    {
        Assert.Equal(2.0 / 4, SetScores.Jaccard(Set("a", "b", "c"), Set("b", "c", "d")), 10);
    }

    [Fact]
    public void JaccardOfDisjointSetsIsZeroAndOfEqualSetsIsOne()
    {
        Assert.Equal(0, SetScores.Jaccard(Set("a"), Set("b")));
        Assert.Equal(1, SetScores.Jaccard(Set("a", "b"), Set("b", "a")));
        Assert.Equal(1, SetScores.Jaccard(Set(), Set()));
        Assert.Equal(0, SetScores.Jaccard(Set(), Set("a")));
    }

    [Fact]
    public void PairwiseJaccardVisitsEveryUnorderedPairOnce()
    {
        var values = SetScores.PairwiseJaccard([Set("a", "b"), Set("a"), Set("c")]);

        Assert.Equal([0.5, 0, 0], values);
    }

    [Fact]
    public void PairwiseJaccardOfOneSetIsEmpty()
    {
        Assert.Empty(SetScores.PairwiseJaccard([Set("a")]));
    }
}
