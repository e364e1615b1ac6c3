using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

/// <summary>The committed model must be what its committed data produces, and good enough on the held-out split.</summary>
public sealed class CommittedModelTests
{
    [Fact]
    public void CommittedModelIsWhatTrainingOnTheCommittedDataProduces()
    {
        var committed = CommittedFiles.Model.Value;
        var split = DataSplit.ByTextHash(CommittedFiles.Examples.Value);

        var retrained = DisambiguationTrainer.Train(split.Train, committed.Seed, committed.Options, committed.TechTerms);

        // If this fails, the data or the trainer changed: run the train command and commit models/disambiguation.json.
        Assert.Equal(File.ReadAllText(CommittedFiles.ModelPath).ReplaceLineEndings("\n"), retrained.ToJson());
    }

    [Fact]
    public void CommittedModelReachesF1OfNinetyPercentOnTheHeldOutSplit()
    {
        var test = DataSplit.ByTextHash(CommittedFiles.Examples.Value).Test;

        var metrics = DisambiguationEvaluation.Evaluate(CommittedFiles.Model.Value, test).Metrics;

        Assert.True(test.Count >= 100, $"only {test.Count} held-out examples");
        Assert.True(metrics.F1 >= 0.9, $"held-out F1 {metrics.F1:F3} (precision {metrics.Precision:F3}, recall {metrics.Recall:F3})");
    }
}
