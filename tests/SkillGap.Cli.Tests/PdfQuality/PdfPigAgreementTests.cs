using SkillGap.Cli;
using SkillGap.Cli.PdfQuality;

namespace SkillGap.Cli.Tests.PdfQuality;

/// <summary>
/// Our text and PdfPig's agree on every shared-corpus resume, layout fixture and eval render at least as well as the
/// reviewed baseline (data/eval/pdfpig-agreement.tsv) says. The PDF-library test files are left to pdf-quality: they
/// hold two thirds of PdfPig's time (about 7 of 10 s here) and are hostile or odd on purpose, not resumes.
/// </summary>
public sealed class PdfPigAgreementTests
{
    private static readonly string[] s_groups = ["resumes", "fixtures", "eval"];

    [Fact]
    public void NoResumeFixtureOrRenderNewlyDisagreesWithPdfPig()
    {
        string root = RepositoryRoot.Find() ?? throw new InvalidOperationException("SkillGap.sln not found above the test folder.");
        string corpus = CorpusFiles.DefaultCorpus(root);
        Assert.True(Directory.Exists(corpus), $"the shared PDF corpus is missing at {corpus}");
        List<QualityCase> cases = [.. CorpusFiles.Collect(corpus, root).Where(c => s_groups.Contains(c.Group))];
        Dictionary<string, AgreementFloor> floors = AgreementBaseline.Load(AgreementBaseline.PathUnder(root));

        List<QualityRow> rows = [.. cases.AsParallel().Select(c => QualityRunner.Score(c, withPdfPig: true))];

        Assert.True(rows.Count(r => r.Group == "resumes") >= 14 && rows.Count(r => r.Group == "eval") >= 200, "too few files found");
        Assert.All(rows, r => Assert.NotNull(r.PdfPig?.Agreement));
        Assert.Empty(AgreementBaseline.Regressions(rows, floors));
    }

    [Fact]
    public void AFileUnderItsFloorOrNewAndFlaggedIsARegression()
    {
        Dictionary<string, AgreementFloor> floors = new(StringComparer.Ordinal)
        {
            ["eval/a.pdf"] = new("eval/a.pdf", 1.0, AgreementBaseline.FloorFor(1.0), ""),
            ["eval/b.pdf"] = new("eval/b.pdf", 0.6, AgreementBaseline.FloorFor(0.6), "PdfPig splits letters"),
        };

        List<string> regressions = AgreementBaseline.Regressions(
            [Row("eval/a.pdf", 0.99), Row("eval/b.pdf", 0.6), Row("eval/new.pdf", 0.97), Row("eval/new-ok.pdf", 0.99)],
            floors);

        Assert.Equal(2, regressions.Count);
        Assert.Contains(regressions, r => r.StartsWith("eval/a.pdf", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("eval/new.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBaselineRoundTripsAndKeepsItsNotes()
    {
        Dictionary<string, AgreementFloor> previous = new(StringComparer.Ordinal) { ["eval/b.pdf"] = new("eval/b.pdf", 0.6, 0.595, "PdfPig splits letters") };
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, AgreementBaseline.Format([Row("eval/b.pdf", 0.61)], previous));
            AgreementFloor read = Assert.Single(AgreementBaseline.Load(path).Values);

            Assert.Equal(("eval/b.pdf", 0.61, 0.605, "PdfPig splits letters"), (read.File, read.Agreement, read.Floor, read.Note));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PdfPigTextIsNfkcNormalised()
    {
        Assert.Equal("findings AB x2", PdfPigText.Normalize("\uFB01ndings \uFF21\uFF22 x\u00B2"));
    }

    private static QualityRow Row(string file, double agreement)
    {
        int matched = (int)Math.Round(agreement * 1000);
        var score = new WordScore(1000, 1000, matched);
        var pig = new PdfPigComparison(score, score, [], [], 1, null);
        return new QualityRow(file[..file.IndexOf('/', StringComparison.Ordinal)], file[(file.IndexOf('/', StringComparison.Ordinal) + 1)..], "pdftotext", "Ok", 1, score, 1, 1, [], [], pig);
    }
}
