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
    public void TrainingTwiceGivesTheSameModelContent()
    {
        var examples = DataSplit.ByTextHash(CommittedFiles.Examples.Value).Train;

        var first = CommittedFiles.Entries(DisambiguationTrainer.Train(examples, seed: 7));
        var second = CommittedFiles.Entries(DisambiguationTrainer.Train(examples, seed: 7));

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, entry => Assert.True(entry.Value.AsSpan().SequenceEqual(second[entry.Key]), $"{entry.Key} differs"));
    }

    [Fact]
    public void LearnsToSeparateATinyDataSet()
    {
        var model = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { MinFeatureCount = 1 });

        Assert.All(Toy, example => Assert.Equal(example.Label, model.Accepts(example.Mention)));
    }

    [Fact]
    public void StrongerRegularisationGivesSmallerWeights()
    {
        var loose = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { L2 = 0.01f, MinFeatureCount = 1 });
        var tight = DisambiguationTrainer.Train(Toy, seed: 3, new DisambiguationTrainingOptions { L2 = 1f, MinFeatureCount = 1 });

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
        var options = new DisambiguationTrainingOptions { L2 = 0.5f, MinFeatureCount = 1 };

        var model = DisambiguationTrainer.Train(Toy, seed: 11, options, ["Kubernetes", "terraform"]);

        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = DisambiguationModel.Load(file);
        Assert.Equal(11, loaded.Seed);
        Assert.Equal(options, loaded.Options);
        Assert.Equal(["kubernetes", "terraform"], loaded.TechTerms);
    }

    private static double SumOfSquares(DisambiguationModel model) => model.Weights.Values.Sum(w => w * w);
}
