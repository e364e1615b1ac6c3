using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Corpus;

/// <summary>Every PDF in the shared corpus must come back as a typed result, inside the default budgets, without an internal error.</summary>
public sealed class SharedCorpusTests
{
    private static readonly Dictionary<string, PdfReadStatus> _expected = new(StringComparer.Ordinal)
    {
        ["pdflib/pdfpig-encrypted-password-is-password.pdf"] = PdfReadStatus.PasswordProtected,
        ["pdflib/pdfjs-saslprep-r6.pdf"] = PdfReadStatus.PasswordProtected,
        ["pdflib/pdfpig-pages-indirect-to-null.pdf"] = PdfReadStatus.Corrupt,
        ["pdflib/pdfpig-r4-aesv2-no-length.pdf"] = PdfReadStatus.NoTextLayer,
        ["pdflib/pdfpig-xref-with-no-whitespace.pdf"] = PdfReadStatus.NoTextLayer,
        ["pdflib/pdfjs-xref-command-missing.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfpig-single-page-broken-offsets-google-drive.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfpig-spookypass.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfpig-iron-ore-q2-q3-2013.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfjs-sechandler.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfjs-brotli-prototype-filea.pdf"] = PdfReadStatus.Ok,
        ["pdflib/pdfpig-type0-cjk-font.pdf"] = PdfReadStatus.Ok,
    };

    /// <summary>Hostile on purpose: a run-length stream that expands without end; the budget must stop it.</summary>
    private const string DecompressionBomb = "pdflib/pdfpig-ghostscript-691770-0.pdf";

    public static TheoryData<string> Files() => new(SharedCorpus.PdfFiles());

    [Fact]
    public void FindsTheSharedCorpus()
    {
        Assert.True(SharedCorpus.PdfFiles().Count() >= 50);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsEveryCorpusFileWithinBudget(string file)
    {
        // The clock budget is covered deterministically elsewhere; a busy CI machine must not turn a slow run into a failure.
        var result = PdfTextExtractor.Extract(SharedCorpus.Read(file), PdfReadOptions.Default with { MaxDuration = TimeSpan.FromMinutes(5) });

        Assert.DoesNotContain(result.Warnings, w => w.Contains("Internal reader error", StringComparison.Ordinal));
        if (file == DecompressionBomb)
        {
            Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        }
        else if (_expected.TryGetValue(file, out var expected))
        {
            Assert.Equal(expected, result.Status);
        }
        else if (file.StartsWith("resumes/", StringComparison.Ordinal))
        {
            Assert.Equal(PdfReadStatus.Ok, result.Status);
            Assert.True(result.Text.Length > 300);
        }
        else
        {
            Assert.NotEqual(PdfReadStatus.OverBudget, result.Status);
            Assert.NotEqual(PdfReadStatus.Corrupt, result.Status);
        }
    }

    [Fact]
    public void TheLargestCorpusFileShowsFewerThanAnEighthOfTheDefaultGlyphBudget()
    {
        // pdfpig-type0-cjk-font.pdf, 95 dense pages, shows the most glyphs of the corpus (121,405 when this was written):
        // the default MaxGlyphs leaves real documents a wide margin while it stops pages of millions of glyphs.
        byte[] data = File.ReadAllBytes(Path.Combine(SharedCorpus.Directory, "pdflib", "pdfpig-type0-cjk-font.pdf"));

        PdfTextResult result = PdfTextExtractor.Extract(data, new PdfReadOptions { MaxGlyphs = PdfReadOptions.Default.MaxGlyphs / 8 });

        Assert.Equal(PdfReadStatus.Ok, result.Status);
    }
}
