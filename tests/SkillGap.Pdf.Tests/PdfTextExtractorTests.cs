using SkillGap.Pdf.Tests.Filters;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests;

public sealed class PdfTextExtractorTests
{
    private const string HelloPage = "BT /F1 12 Tf 72 700 Td (Hello from a tiny PDF) Tj ET";

    [Fact]
    public void ExtractsTheTextOfASimplePage()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(HelloPage).Build());

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Equal(1, result.PageCount);
        var line = Assert.Single(Assert.Single(result.Pages).Lines);
        Assert.Equal("Hello from a tiny PDF", line.Text);
        Assert.Equal(72, line.Bounds.Left, 0);
        Assert.Equal(12, line.FontSize, 1);
    }

    [Fact]
    public void ReportsDisplayedSizeOfRotatedPages()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(HelloPage, "/Rotate 90").Build());

        var page = Assert.Single(result.Pages);
        Assert.Equal(792, page.Width);
        Assert.Equal(612, page.Height);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PK\u0003\u0004 this is a zip")]
    [InlineData("<html>not a pdf</html>")]
    public void RecognisesFilesThatAreNotPdf(string content)
    {
        var result = PdfTextExtractor.Extract(PdfSyntax.Bytes(content));

        Assert.Equal(PdfReadStatus.NotPdf, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
    }

    [Theory]
    [InlineData("%PDF-1.7\n")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] >> endobj\ntrailer << /Root 1 0 R >>")]
    [InlineData("%PDF-1.4\n1 0 obj [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ endobj")]
    public void ReportsDamagedFilesAsCorrupt(string content)
    {
        var result = PdfTextExtractor.Extract(PdfSyntax.Bytes(content));

        Assert.Equal(PdfReadStatus.Corrupt, result.Status);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("Internal", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsPagesWithoutTextAsHavingNoTextLayer()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage("0 0 m 100 100 l S 10 10 50 50 re f").Build());

        Assert.Equal(PdfReadStatus.NoTextLayer, result.Status);
        Assert.Contains("text layer", result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, result.PageCount);
    }

    [Fact]
    public void CountsAnInvisibleOcrLayerAsText()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage("BT 3 Tr /F1 12 Tf 72 700 Td (Scanned words) Tj ET").Build());

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Scanned words", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsWhenThePageBudgetIsExceeded()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(HelloPage).Build(), new PdfReadOptions { MaxPages = 0 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
    }

    [Fact]
    public void StopsWhenTheObjectBudgetIsExceeded()
    {
        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(HelloPage).Build(), new PdfReadOptions { MaxObjects = 2 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
    }

    [Fact]
    public void StopsWhenTheOperatorBudgetIsExceeded()
    {
        string busy = string.Concat(Enumerable.Repeat("q Q ", 1000)) + HelloPage;

        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(busy).Build(), new PdfReadOptions { MaxOperators = 500 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
    }

    [Fact]
    public void StopsWhenTheDecompressionBudgetIsExceeded()
    {
        var bomb = FilterTests.Zlib(new byte[2_000_000]);
        var pdf = new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R >>")
            .Stream(4, "/Filter /FlateDecode", bomb)
            .Build();

        var result = PdfTextExtractor.Extract(pdf, new PdfReadOptions { MaxDecompressedBytes = 1_000_000 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
    }

    [Fact]
    public void StopsWhenTheTimeBudgetRunsOut()
    {
        string busy = string.Concat(Enumerable.Repeat("q Q ", 5000)) + HelloPage;
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(1));

        var result = PdfTextExtractor.Extract(TestPdfBuilder.OnePage(busy).Build(), new PdfReadOptions { MaxDuration = TimeSpan.FromSeconds(5) }, clock, CancellationToken.None);

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
    }

    [Fact]
    public void ThrowsWhenTheCallerCancels()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfTextExtractor.Extract(TestPdfBuilder.OnePage(HelloPage).Build(), null, cancelled.Token));
    }

    [Fact]
    public void KeepsDocumentTextOutOfWarnings()
    {
        var data = TestPdfBuilder.OnePage("BT /F9 12 Tf 72 700 Td (Secret resume words) Tj ET").Build(offsetError: 3);

        var result = PdfTextExtractor.Extract(data);

        Assert.NotEmpty(result.Warnings);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("Secret", StringComparison.Ordinal) || w.Contains("resume words", StringComparison.Ordinal));
    }
}
