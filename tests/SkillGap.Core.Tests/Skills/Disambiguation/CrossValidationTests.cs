using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public class CrossValidationTests
{
    private static readonly IReadOnlyList<LabelledMention> Examples = TrainingSet.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "training", "disambiguation.jsonl"))).Examples;

    [Fact]
    public void EveryExampleIsScoredExactlyOnceAcrossTheFolds()
    {
        var sample = Examples.Take(120).ToList();
        var metrics = CrossValidation.Run(sample, 4, 42, DisambiguationTrainingOptions.Default, TechTerms.Default);
        Assert.Equal(sample.Count, metrics.Total);
        Assert.Equal(sample.Count(e => e.Label), metrics.TruePositives + metrics.FalseNegatives);
    }

    [Fact]
    public void TheSameSeedGivesTheSameScores()
    {
        var sample = Examples.Take(120).ToList();
        Assert.Equal(
            CrossValidation.Run(sample, 3, 7, DisambiguationTrainingOptions.Default, TechTerms.Default),
            CrossValidation.Run(sample, 3, 7, DisambiguationTrainingOptions.Default, TechTerms.Default));
    }

    [Fact]
    public void FewerThanTwoFoldsIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(Examples, 1, 42, DisambiguationTrainingOptions.Default, TechTerms.Default));
}
