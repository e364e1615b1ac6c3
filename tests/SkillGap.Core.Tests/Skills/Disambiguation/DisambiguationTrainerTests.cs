using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class DisambiguationTrainerTests
{
    private static readonly IReadOnlyList<LabelledMention> Toy =
    [
        Mentions.Labelled("Wrote Helm charts for the API", "Helm", "helm", true),
        Mentions.Labelled("Helm charts on Kubernetes clusters", "Helm", "helm", true),
        Mentions.Labelled("Kubernetes, Helm, Terraform", "Helm", "helm", true, SectionKind.Skills),
        Mentions.Labelled("Upgraded Helm releases across clusters", "Helm", "helm", true),
        Mentions.Labelled("Took the Helm of the team", "Helm", "helm", false),
        Mentions.Labelled("At the Helm of the sailing club", "Helm", "helm", false, SectionKind.Interests),
        Mentions.Labelled("Relief Helm on the ferry", "Helm", "helm", false),
        Mentions.Labelled("Took the Helm when the manager left", "Helm", "helm", false),
    ];

    [Fact]
    public void SameSeedGivesAByteIdenticalModel()
    {
        var examples = DataSplit.ByTextHash(CommittedFiles.Examples.Value).Train;

        var first = DisambiguationTrainer.Train(examples, seed: 7).ToJson();
        var second = DisambiguationTrainer.Train(examples, seed: 7).ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeedsVisitExamplesInDifferentOrders()
    {
        var first = DisambiguationTrainer.Train(Toy, seed: 1, new DisambiguationTrainingOptions { Epochs = 2 });
        var second = DisambiguationTrainer.Train(Toy, seed: 2, new DisambiguationTrainingOptions { Epochs = 2 });

        Assert.NotEqual(first.Weights.OrderBy(p => p.Key, StringComparer.Ordinal), second.Weights.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void LearnsToSeparateATinyDataSet()
    {
        var model = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { MinFeatureCount = 1, Epochs = 200 });

        Assert.All(Toy, example => Assert.Equal(example.Label, model.Accepts(example.Mention)));
    }

    [Fact]
    public void StrongerRegularisationGivesSmallerWeights()
    {
        var loose = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { L2 = 1e-4, MinFeatureCount = 1 });
        var tight = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { L2 = 1e-1, MinFeatureCount = 1 });

        Assert.True(SumOfSquares(tight) < SumOfSquares(loose), $"{SumOfSquares(tight)} >= {SumOfSquares(loose)}");
    }

    [Fact]
    public void DropsFeaturesRarerThanTheMinimumCount()
    {
        var model = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { MinFeatureCount = 3 });

        Assert.DoesNotContain("near=ferry", model.Weights.Keys);
        Assert.Contains("alias=helm", model.Weights.Keys);
    }

    [Fact]
    public void StoresItsSeedOptionsAndTechnicalTermsInTheModel()
    {
        var options = new DisambiguationTrainingOptions { Epochs = 5, Threshold = 0.6 };

        var model = DisambiguationTrainer.Train(Toy, seed: 11, options, ["Kubernetes", "terraform"]);

        Assert.Equal(11, model.Seed);
        Assert.Equal(options, model.Options);
        Assert.Equal(0.6, model.Threshold);
        Assert.Equal(["kubernetes", "terraform"], model.TechTerms);
    }

    private static double SumOfSquares(DisambiguationModel model) => model.Weights.Values.Sum(w => w * w);
}
