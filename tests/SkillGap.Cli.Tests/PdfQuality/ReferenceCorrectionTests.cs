using SkillGap.Cli.PdfQuality;

namespace SkillGap.Cli.Tests.PdfQuality;

/// <summary>Checked fixes to poppler's reference apply exactly, and one that no longer matches stops the report.</summary>
public sealed class ReferenceCorrectionTests
{
    private static readonly ReferenceCorrection s_split = new("resumes/x.pdf", "Infrastructurecollibra", "Infrastructure collibra", "two cells");

    [Fact]
    public void ACorrectionReplacesPopplersText()
    {
        Assert.Equal("IT Infrastructure collibra\n", ReferenceCorrection.Apply("IT Infrastructurecollibra\n", [s_split]));
    }

    [Fact]
    public void ACorrectionThatNoLongerMatchesIsAnError()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReferenceCorrection.Apply("IT Infrastructure\n", [s_split]));
        Assert.Contains("resumes/x.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositorysCorrectionsFileParsesAndEachHasEvidence()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "eval", ReferenceCorrection.FileName);
        List<ReferenceCorrection> corrections = ReferenceCorrection.Load(path);
        Assert.NotEmpty(corrections);
        Assert.All(corrections, c => Assert.True(c.Evidence.Length > 40, $"{c.File}: evidence too thin"));
    }
}
