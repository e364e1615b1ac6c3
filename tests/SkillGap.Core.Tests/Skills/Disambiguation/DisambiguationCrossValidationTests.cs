using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class DisambiguationCrossValidationTests
{
    private static IReadOnlyList<LabelledMention> Sample => CommittedFiles.Examples.Value.Take(120).ToList();

    [Fact]
    public void EveryExampleIsScoredExactlyOnceAcrossTheFolds()
    {
        var cv = DisambiguationTrainer.CrossValidate(Sample, 4, 42, DisambiguationTrainingOptions.Default, TechTerms.Default);

        var counts = cv.Pooled.ConfusionMatrix.Counts;
        Assert.Equal(4, cv.Folds.Count);
        Assert.Equal(Sample.Count, counts.Sum(row => row.Sum()));
        Assert.Equal(Sample.Count(e => e.Label), counts[0].Sum());
    }

    [Fact]
    public void FoldsAreEveryKthExample()
    {
        var cv = DisambiguationTrainer.CrossValidate(Sample, 3, 7, DisambiguationTrainingOptions.Default, TechTerms.Default);

        Assert.All(cv.Folds, fold => Assert.Equal(Sample.Count / 3, fold.ConfusionMatrix.Counts.Sum(row => row.Sum())));
    }

    [Fact]
    public void TheSameSeedGivesTheSameScores()
    {
        var first = DisambiguationTrainer.CrossValidate(Sample, 3, 7, DisambiguationTrainingOptions.Default, TechTerms.Default);
        var second = DisambiguationTrainer.CrossValidate(Sample, 3, 7, DisambiguationTrainingOptions.Default, TechTerms.Default);

        Assert.Equal(first.Folds.Select(f => f.LogLoss), second.Folds.Select(f => f.LogLoss));
        Assert.Equal(first.Pooled.F1Score, second.Pooled.F1Score);
    }

    [Fact]
    public void FewerThanTwoFoldsIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DisambiguationTrainer.CrossValidate(Sample, 1, 42, DisambiguationTrainingOptions.Default, TechTerms.Default));
}
