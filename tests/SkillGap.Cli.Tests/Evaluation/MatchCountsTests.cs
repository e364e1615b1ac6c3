using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

public sealed class MatchCountsTests
{
    [Fact]
    public void PrecisionRecallAndF1FollowFromTheCounts()
    {
        var counts = new MatchCounts(TruePositives: 6, FalsePositives: 2, FalseNegatives: 4);

        Assert.Equal(0.75, counts.Precision, 10);
        Assert.Equal(0.6, counts.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, counts.F1, 10);
    }

    [Fact]
    public void PredictingNothingWhenNothingIsExpectedScoresOne()
    {
        var counts = new MatchCounts(0, 0, 0);

        Assert.Equal(1, counts.Precision);
        Assert.Equal(1, counts.Recall);
        Assert.Equal(1, counts.F1);
    }

    [Fact]
    public void PredictingNothingWhenSomethingIsExpectedHasZeroRecallAndF1()
    {
        var counts = new MatchCounts(0, 0, 3);

        Assert.Equal(1, counts.Precision);
        Assert.Equal(0, counts.Recall);
        Assert.Equal(0, counts.F1);
    }

    [Fact]
    public void OnlyWrongPredictionsGiveZeroF1()
    {
        var counts = new MatchCounts(0, 2, 2);

        Assert.Equal(0, counts.Precision);
        Assert.Equal(0, counts.F1);
    }

    [Fact]
    public void AddingCountsMicroAveragesInsteadOfAveragingRatios()
    {
        var small = new MatchCounts(1, 0, 0);
        var large = new MatchCounts(1, 9, 0);

        var total = small + large;

        Assert.Equal(new MatchCounts(2, 9, 0), total);
        Assert.Equal(2.0 / 11, total.Precision, 10);
        Assert.NotEqual((small.Precision + large.Precision) / 2, total.Precision, 10);
    }
}
