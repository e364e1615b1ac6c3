using System.IO.Compression;
using System.Text;
using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class DisambiguationModelTests
{
    [Fact]
    public void SavingALoadedModelKeepsItsContent()
    {
        using var file = File.OpenRead(CommittedFiles.ModelPath);
        var committed = CommittedFiles.Entries(file);

        var saved = CommittedFiles.Entries(CommittedFiles.Model.Value);

        Assert.Equal(committed.Keys, saved.Keys);
        Assert.All(committed, entry => Assert.True(entry.Value.AsSpan().SequenceEqual(saved[entry.Key]), $"{entry.Key} differs"));
    }

    [Fact]
    public void CommittedModelFileIsSmall()
    {
        Assert.True(new FileInfo(CommittedFiles.ModelPath).Length < 1_000_000);
    }

    [Fact]
    public void SummedWeightsGiveMLNetsOwnProbabilitiesAndDecisions()
    {
        var model = CommittedFiles.Model.Value;
        var engine = model.CreatePredictionEngine();

        Assert.All(CommittedFiles.Examples.Value, example =>
        {
            var prediction = engine.Predict(model.ToRow(example.Mention));
            Assert.Equal(prediction.Probability, model.Probability(example.Mention), tolerance: 1e-5);
            Assert.Equal(prediction.PredictedLabel, model.Accepts(example.Mention));
        });
    }

    [Fact]
    public void AcceptsExactlyWhenTheProbabilityIsOverOneHalf()
    {
        var model = CommittedFiles.Model.Value;
        var mentions = CommittedFiles.Examples.Value.Select(example => example.Mention).Take(200);

        Assert.All(mentions, mention => Assert.Equal(model.Probability(mention) > 0.5, model.Accepts(mention)));
    }

    [Fact]
    public void ReadsTheSkillInAToolListAndRejectsAJobTitle()
    {
        var model = CommittedFiles.Model.Value;

        Assert.True(model.Accepts(Mentions.In("Kubernetes, Helm, Terraform, Argo CD", "Helm", "helm", SectionKind.Skills)));
        Assert.False(model.Accepts(Mentions.In("Executive Chef, Harbour Grill", "Chef", "chef")));
    }

    [Fact]
    public void RejectsAFileThatIsNotAZip()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("not a model"));

        var exception = Assert.Throws<InvalidDataException>(() => DisambiguationModel.Load(file));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void RejectsAZipWithoutOurManifest()
    {
        using var file = new MemoryStream();
        using (var archive = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("Schema");
        }

        file.Position = 0;
        var exception = Assert.Throws<InvalidDataException>(() => DisambiguationModel.Load(file));

        Assert.Contains("manifest", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAManifestOfAnotherFormat()
    {
        using var file = new MemoryStream();
        File.OpenRead(CommittedFiles.ModelPath).CopyTo(file);
        using (var archive = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true))
        {
            var manifest = archive.GetEntry("SkillGap/manifest.json")!;
            string json;
            using (var reader = new StreamReader(manifest.Open()))
            {
                json = reader.ReadToEnd();
            }

            manifest.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("SkillGap/manifest.json").Open());
            writer.Write(json.Replace("skillgap-disambiguation-mlnet/1", "something-else/1", StringComparison.Ordinal));
        }

        file.Position = 0;
        var exception = Assert.Throws<InvalidDataException>(() => DisambiguationModel.Load(file));

        Assert.Contains("something-else/1", exception.Message, StringComparison.Ordinal);
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
