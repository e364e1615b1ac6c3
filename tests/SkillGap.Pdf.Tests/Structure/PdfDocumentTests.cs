using System.Text;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Structure;

public sealed class PdfDocumentTests
{
    private const string Content = "BT /F1 12 Tf 72 700 Td (Hello) Tj ET";

    private static PdfDocument Open(byte[] data) => PdfDocument.Open(data, 0, ReadBudget.Unlimited);

    private static string ContentOf(PdfDocument document, int number) =>
        Encoding.Latin1.GetString(document.DecodeStream((PdfStream)document.Resolve(new PdfReference(number, 0))));

    [Fact]
    public void ReadsObjectsThroughAClassicXrefTable()
    {
        var document = Open(TestPdfBuilder.OnePage(Content).Build());

        Assert.Equal(Content, ContentOf(document, 4));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void ReadsObjectsThroughAnXrefStream()
    {
        var document = Open(TestPdfBuilder.OnePage(Content).Build(XrefStyle.Stream));

        Assert.Equal(Content, ContentOf(document, 4));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void ReadsAnXrefTableWhoseKeywordIsMissing()
    {
        var document = Open(TestPdfBuilder.OnePage(Content).Build(XrefStyle.TableWithoutKeyword));

        Assert.Equal(Content, ContentOf(document, 4));
    }

    [Fact]
    public void ReadsAnXrefTableWhoseKeywordRunsIntoTheFirstNumber()
    {
        string text = Encoding.Latin1.GetString(TestPdfBuilder.OnePage(Content).Build()).Replace("xref\n0 ", "xref0 ", StringComparison.Ordinal);

        var document = Open(Encoding.Latin1.GetBytes(text));

        Assert.Equal(Content, ContentOf(document, 4));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void ReadsObjectsPackedInObjectStreams()
    {
        var document = Open(SharedCorpus.Fixture("object-streams.pdf"));

        var pages = PageTreeReader.Read(document, 10);

        Assert.Single(pages);
        Assert.Equal("Helvetica", document.GetName(document.GetDictionary(pages[0].Resources, "Font")!["F1"] is { } font ? (PdfDictionary)document.Resolve(font) : PdfDictionary.Empty, "BaseFont"));
    }

    [Theory]
    [InlineData(XrefStyle.Table)]
    [InlineData(XrefStyle.Stream)]
    public void LetsTheNewestIncrementalUpdateWin(XrefStyle style)
    {
        var original = TestPdfBuilder.OnePage(Content).Build(style);
        var updated = new TestPdfBuilder().Stream(4, "", "BT /F1 12 Tf (Updated) Tj ET").BuildUpdate(original, style);

        var document = Open(updated);

        Assert.Equal("BT /F1 12 Tf (Updated) Tj ET", ContentOf(document, 4));
        Assert.IsType<PdfDictionary>(document.Resolve(new PdfReference(5, 0)));
    }

    [Fact]
    public void ReadsAHybridFileWhoseHiddenXrefStreamListsObjectsTheTableDoesNot()
    {
        var original = TestPdfBuilder.OnePage(Content).Build();
        var streamPart = new TestPdfBuilder().Stream(4, "", "BT (From hidden section) Tj ET").BuildUpdate(original, XrefStyle.Stream);
        long hiddenOffset = TestPdfBuilder.StartXrefOf(streamPart);
        var hybrid = new TestPdfBuilder().Object(6, "(unrelated)").BuildUpdate(streamPart, XrefStyle.Table, $"/Root 1 0 R /XRefStm {hiddenOffset}");

        var document = Open(hybrid);

        Assert.Equal("BT (From hidden section) Tj ET", ContentOf(document, 4));
    }

    [Fact]
    public void RepairsObjectOffsetsThatPointToTheWrongPlace()
    {
        var document = Open(TestPdfBuilder.OnePage(Content).Build(offsetError: 5));

        Assert.Equal(Content, ContentOf(document, 4));
        Assert.NotEmpty(document.Warnings);
    }

    [Fact]
    public void RebuildsAMissingXrefByScanningForObjects()
    {
        var document = Open(TestPdfBuilder.OnePage(Content).Build(XrefStyle.Missing));

        Assert.Equal(Content, ContentOf(document, 4));
        Assert.Contains(document.Warnings, w => w.Contains("rebuilt", StringComparison.Ordinal));
    }

    [Fact]
    public void FindsTheCatalogOfATruncatedFileWithoutTrailer()
    {
        var full = TestPdfBuilder.OnePage(Content).Build();
        int cut = Encoding.Latin1.GetString(full).IndexOf("xref", StringComparison.Ordinal);

        var document = Open(full[..cut]);

        Assert.Single(PageTreeReader.Read(document, 10));
    }

    [Fact]
    public void ReadsAStreamWhoseLengthIsWrong()
    {
        var data = TestPdfBuilder.OnePage(Content).Build();
        string text = Encoding.Latin1.GetString(data).Replace($"/Length {Content.Length} ", "/Length 9999 ", StringComparison.Ordinal);

        var document = Open(Encoding.Latin1.GetBytes(text));

        Assert.Equal(Content, ContentOf(document, 4));
    }

    [Fact]
    public void StopsFollowingAPrevChainThatLoops()
    {
        var original = TestPdfBuilder.OnePage(Content).Build();
        long self = original.Length + 1;
        var looping = new TestPdfBuilder().Object(6, "(x)").BuildUpdate(original, XrefStyle.Table, $"/Root 1 0 R /Prev {self}");

        var document = Open(looping);

        Assert.Equal(Content, ContentOf(document, 4));
    }

    [Fact]
    public void ResolvesAReferenceCycleToNull()
    {
        var data = TestPdfBuilder.OnePage(Content).Object(7, "8 0 R").Object(8, "7 0 R").Build();

        var document = Open(data);

        Assert.Same(PdfNull.Instance, document.Resolve(new PdfReference(7, 0)));
    }

    [Fact]
    public void RefusesChainsOfIndirectLengthsWithoutDeepRecursion()
    {
        var builder = TestPdfBuilder.OnePage(Content);
        for (int i = 10; i < 20_010; i++)
        {
            builder.Object(i, $"<< /Length {i + 1} 0 R >>\nstream\nxx\nendstream");
        }

        var document = Open(builder.Build());

        Assert.IsType<PdfStream>(document.Resolve(new PdfReference(10, 0)));
        Assert.Contains(document.Warnings, w => w.Contains("too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void FailsWithCorruptWhenThereIsNoCatalog()
    {
        var data = new TestPdfBuilder().Object(1, "<< /Nothing true >>").Build(trailerEntries: "");

        Assert.Throws<PdfCorruptException>(() => Open(data));
    }

    [Fact]
    public void RefusesAnXrefTableListingMoreObjectsThanTheBudget()
    {
        var table = new System.Text.StringBuilder("%PDF-1.4\nxref\n0 5000\n");
        for (int i = 0; i < 5000; i++)
        {
            table.Append("0000000009 00000 n \n");
        }

        table.Append("trailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF");
        var budget = new ReadBudget(new PdfReadOptions { MaxObjects = 1000 }, TimeProvider.System, CancellationToken.None);

        Assert.Throws<PdfBudgetExceededException>(() => PdfDocument.Open(PdfSyntax.Bytes(table.ToString()), 0, budget));
    }

    [Fact]
    public void CountsLoadedObjectsAgainstTheBudget()
    {
        var budget = new ReadBudget(new PdfReadOptions { MaxObjects = 2 }, TimeProvider.System, CancellationToken.None);

        Assert.Throws<PdfBudgetExceededException>(() => PdfDocument.Open(TestPdfBuilder.OnePage(Content).Build(XrefStyle.Missing), 0, budget));
    }
}
