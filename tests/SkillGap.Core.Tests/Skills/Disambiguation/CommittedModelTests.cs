using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

/// <summary>The committed model must be what its committed data produces, and good enough on the held-out split.</summary>
public sealed class CommittedModelTests
{
    [Fact]
    public void CommittedModelHoldsWhatTrainingOnTheCommittedDataProduces()
    {
        var committed = CommittedFiles.Model.Value;
        var split = DataSplit.ByTextHash(CommittedFiles.Examples.Value);

        var retrained = DisambiguationTrainer.Train(split.Train, committed.Seed, committed.Options, committed.TechTerms);

        // If this fails, the data or the trainer changed: run the train command and commit models/disambiguation.zip.
        // Compared entry by entry (the vocabulary, the kept features, the weights, the manifest), not as zip bytes.
        using var file = File.OpenRead(CommittedFiles.ModelPath);
        var expected = CommittedFiles.Entries(file);
        var actual = CommittedFiles.Entries(retrained);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, entry => Assert.True(entry.Value.AsSpan().SequenceEqual(actual[entry.Key]), $"{entry.Key} differs"));
        Assert.Equal(committed.Weights.OrderBy(p => p.Key, StringComparer.Ordinal), retrained.Weights.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void CommittedModelReachesF1OfNinetyPercentOnTheHeldOutSplit()
    {
        var test = DataSplit.ByTextHash(CommittedFiles.Examples.Value).Test;

        var metrics = DisambiguationEvaluation.Evaluate(CommittedFiles.Model.Value, test).Metrics;

        Assert.True(test.Count >= 100, $"only {test.Count} held-out examples");
        Assert.True(metrics.F1Score >= 0.9, $"held-out F1 {metrics.F1Score:F3} (precision {metrics.PositivePrecision:F3}, recall {metrics.PositiveRecall:F3})");
    }
}
