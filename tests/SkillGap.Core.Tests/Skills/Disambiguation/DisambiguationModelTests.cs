using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class DisambiguationModelTests
{
    [Fact]
    public void JsonRoundTripKeepsEveryByte()
    {
        var json = File.ReadAllText(CommittedFiles.ModelPath).ReplaceLineEndings("\n");

        Assert.Equal(json, DisambiguationModel.FromJson(json).ToJson());
    }

    [Fact]
    public void CommittedModelFileIsSmall()
    {
        Assert.True(new FileInfo(CommittedFiles.ModelPath).Length < 1_000_000);
    }

    [Fact]
    public void AcceptsExactlyWhenTheProbabilityReachesTheThreshold()
    {
        var model = CommittedFiles.Model.Value;
        var mentions = CommittedFiles.Examples.Value.Select(example => example.Mention).Take(200);

        Assert.All(mentions, mention => Assert.Equal(model.Probability(mention) >= model.Threshold, model.Accepts(mention)));
    }

    [Fact]
    public void ThresholdComesFromTheModelFile()
    {
        var json = File.ReadAllText(CommittedFiles.ModelPath);
        var strict = DisambiguationModel.FromJson(json.Replace("\"threshold\": 0.5", "\"threshold\": 1.01", StringComparison.Ordinal));
        var mention = Mentions.In("Kubernetes, Helm, Terraform, Argo CD", "Helm", "helm", SectionKind.Skills);

        Assert.Equal(0.5, CommittedFiles.Model.Value.Threshold);
        Assert.True(CommittedFiles.Model.Value.Accepts(mention));
        Assert.False(strict.Accepts(mention));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"format": "something-else/1"}""")]
    [InlineData("""{"format": "skillgap-disambiguation-logistic/1", "seed": 1}""")]
    public void RejectsAFileThatIsNotAModel(string json)
    {
        var exception = Assert.Throws<InvalidDataException>(() => DisambiguationModel.FromJson(json));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void GivesTheSameAnswersFromManyThreads()
    {
        var model = CommittedFiles.Model.Value;
        var mentions = CommittedFiles.Examples.Value.Select(example => example.Mention).ToArray();
        var expected = mentions.Select(model.Probability).ToArray();
        var actual = new double[mentions.Length];

        Parallel.For(0, mentions.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = model.Probability(mentions[i]));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ExplainListsTheWeightedFeaturesOfAMention()
    {
        var model = CommittedFiles.Model.Value;
        var mention = Mentions.In("Executive Chef, Harbour Grill", "Chef", "chef");

        var explanation = model.Explain(mention);

        Assert.Contains(explanation, pair => pair.Key == "alias=chef");
        var score = model.Bias + explanation.Sum(pair => pair.Value);
        Assert.Equal(model.Probability(mention), 1 / (1 + Math.Exp(-score)), 9);
    }
}
