using System.Text;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>
/// Documents built to hurt a reader: each must end in a typed result, and where the text is still there, with the text.
/// Cases already covered closer to their stage are not repeated here (see the Filters, Syntax, Structure and Content
/// tests: flate bombs, 10^5 nested brackets, page trees that contain themselves, forms that draw themselves).
/// </summary>
public sealed class HostileDocumentTests
{
    private const string HelloPage = "BT /F1 12 Tf 72 700 Td (Hello from a hostile PDF) Tj ET";

    // Far above any budget used below: reaching it means the reader ignored its own budget (a hang), not that it was slow.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void ReadsTheTextAroundGarbageInAContentStream()
    {
        byte[] content = [.. PdfSyntax.Bytes("BT /F1 12 Tf 72 700 Td (Before the junk) Tj "), .. Enumerable.Repeat((byte)0x81, 2_000_000), .. PdfSyntax.Bytes(" 0 -20 Td (After the junk) Tj ET")];
        var pdf = Document().Stream(4, "", content).Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Equal(["Before the junk", "After the junk"], result.Pages[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void ReportsAChainOfRunLengthFiltersAsOverBudget()
    {
        // The shape of the shared corpus's pdfpig-ghostscript-691770-0.pdf: five bytes that eight RunLength stages expand to 2^49.
        string chain = "/ASCIIHexDecode" + string.Concat(Enumerable.Repeat(" /RunLengthDecode", 8));
        var pdf = Document().Stream(4, $"/Filter [{chain}]", "8181>").Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        Assert.Contains("expands", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsABigDocumentAtATinyTimeBudget()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromMilliseconds(10));
        var options = new PdfReadOptions { MaxDuration = TimeSpan.FromMilliseconds(50) };

        var result = PdfTextExtractor.Extract(BigDocument(pages: 40, glyphsPerPage: 500), options, clock, CancellationToken.None);

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        Assert.Contains("longer than allowed", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsABigDocumentAtATinyOperatorBudget()
    {
        var result = Extract(BigDocument(pages: 40, glyphsPerPage: 500), new PdfReadOptions { MaxOperators = 10_000 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        Assert.Contains("draw more", result.Detail, StringComparison.Ordinal);
    }

    // BigDocument(40, 500) shows "w0".."w89" in turn: per page 5 x (10 x 2 + 80 x 3) + 10 x 2 + 40 x 3 = 1,440 glyphs.
    private const int GlyphsInBigDocument = 40 * 1_440;

    [Fact]
    public void ReadsADocumentWhoseGlyphsExactlyFillTheBudget()
    {
        PdfTextResult result = Extract(BigDocument(pages: 40, glyphsPerPage: 500), new PdfReadOptions { MaxGlyphs = GlyphsInBigDocument });

        Assert.Equal(PdfReadStatus.Ok, result.Status);
    }

    [Fact]
    public void StopsADocumentThatShowsOneGlyphMoreThanItsBudget()
    {
        PdfTextResult result = Extract(BigDocument(pages: 40, glyphsPerPage: 500), new PdfReadOptions { MaxGlyphs = GlyphsInBigDocument - 1 });

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        Assert.Contains("more characters", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowsOperationCanceledWhenCancelledInTheMiddleOfARead()
    {
        // The clock is read only from inside the reader's loops, so the token is cancelled while pages are being read;
        // the reader stops at its next check instead of reading the clock again.
        using var cancellation = new CancellationTokenSource();
        var clock = new CancellingTimeProvider(cancellation, afterReads: 20);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            PdfTextExtractor.Extract(BigDocument(pages: 40, glyphsPerPage: 500), PdfReadOptions.Default, clock, cancellation.Token));
        Assert.Equal(20, clock.Reads);
    }

    [Fact]
    public void ReadsAStreamWhoseLengthIsAReferenceCycle()
    {
        var pdf = Document()
            .Stream(4, "/Length 6 0 R", HelloPage)
            .Object(6, "7 0 R")
            .Object(7, "6 0 R")
            .Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Hello from a hostile PDF", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAPageWhoseResourcesAreAReferenceCycle()
    {
        var pdf = new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources 7 0 R >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 6 0 R /Contents 4 0 R >>")
            .Stream(4, "", HelloPage)
            .Object(6, "7 0 R")
            .Object(7, "6 0 R")
            .Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Hello from a hostile PDF", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAPageTreeWhoseKidsCycleBackToTheRoot()
    {
        var pdf = Document()
            .Object(2, "<< /Type /Pages /Kids [6 0 R] /Count 1 >>")
            .Object(6, "<< /Type /Pages /Kids [2 0 R 3 0 R 6 0 R] /Count 1 >>")
            .Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Equal(1, result.PageCount);
    }

    [Fact]
    public void ReadsAPageTreeWithAMillionKidsOnce()
    {
        string kids = string.Concat(Enumerable.Repeat("3 0 R ", 1_000_000));
        var pdf = Document().Object(2, $"<< /Type /Pages /Kids [{kids}] /Count 1000000 >>").Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Equal(1, result.PageCount);
    }

    [Fact]
    public void ReportsAPageTreeWithMorePagesThanTheBudgetAsOverBudget()
    {
        string kids = string.Concat(Enumerable.Repeat("<< /Type /Page /Contents 4 0 R >> ", 1000));
        var pdf = Document().Object(2, $"<< /Type /Pages /Kids [{kids}] /Count 1000 >>").Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.OverBudget, result.Status);
        Assert.Contains("pages", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsACatalogNestedAHundredThousandDeepAsCorrupt()
    {
        var pdf = new TestPdfBuilder().Object(1, new string('[', 100_000)).Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Corrupt, result.Status);
    }

    [Fact]
    public void ReadsAFontWithAHugeWidthsArray()
    {
        string widths = string.Concat(Enumerable.Repeat("500 ", 1_000_000));
        var pdf = Document()
            .Stream(4, "", "BT /F1 12 Tf 72 700 Td <00480069> Tj ET")
            .Object(5, "<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>")
            .Object(6, $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile /W [0 [{widths}] 0 2000000000 600] /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>")
            .Stream(8, "", "1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0048> <0048> <0069> <0069> endbfchar")
            .Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Hi", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAFontWhoseDifferencesHoldAHugeGlyphName()
    {
        // Before names were bounded, every "big" size suffix stripped from this name was one more level of recursion:
        // the stack overflowed, which no catch can stop, and the whole process died.
        string name = "q" + string.Concat(Enumerable.Repeat("big", 200_000));
        var pdf = Document()
            .Object(5, $"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /Differences [72 /{name} /e] >> >>")
            .Build();

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("llo from a hostile PDF", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Size 2000000000 /W [1 4 1]")]
    [InlineData("/Size 7 /W [1 2000000000 1]")]
    [InlineData("/Size 7 /W [8 8 8] /Index [0 2000000000]")]
    public void ReadsAFileWhoseXrefStreamIsAbsurdByScanningForObjects(string entries)
    {
        byte[] rows = [.. Enumerable.Repeat((byte)0xFF, 600)];
        var pdf = WithXrefStream(Document().Build(XrefStyle.Missing), entries, rows);

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Hello from a hostile PDF", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAnObjectStreamThatClaimsABillionObjects()
    {
        const string packed = "5 0 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
        var pdf = new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .Stream(4, "", HelloPage)
            .Stream(6, "/Type /ObjStm /N 1000000000 /First 4", packed)
            .Build(XrefStyle.Missing);

        var result = Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Hello from a hostile PDF", result.Text, StringComparison.Ordinal);
    }

    private static TestPdfBuilder Document() => TestPdfBuilder.OnePage(HelloPage);

    /// <summary>Pages of short words scattered over the page: cheap to write, costly to lay out.</summary>
    private static byte[] BigDocument(int pages, int glyphsPerPage)
    {
        var random = new Random(7);
        var builder = new TestPdfBuilder().Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        var kids = new StringBuilder();
        for (int p = 0; p < pages; p++)
        {
            int page = 10 + (2 * p);
            kids.Append(System.Globalization.CultureInfo.InvariantCulture, $"{page} 0 R ");
            var content = new StringBuilder("BT /F1 6 Tf ");
            for (int g = 0; g < glyphsPerPage; g++)
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"1 0 0 1 {random.Next(20, 580)} {random.Next(20, 770)} Tm (w{g % 90}) Tj ");
            }

            content.Append("ET");
            builder.Object(page, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents {page + 1} 0 R >>")
                .Stream(page + 1, "", content.ToString());
        }

        return builder
            .Object(2, $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
            .Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Build();
    }

    private static byte[] WithXrefStream(byte[] pdf, string entries, byte[] rows)
    {
        long offset = pdf.Length;
        byte[] head = PdfSyntax.Bytes($"99 0 obj\n<< /Type /XRef {entries} /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        byte[] tail = PdfSyntax.Bytes($"\nendstream\nendobj\nstartxref\n{offset}\n%%EOF\n");
        return [.. pdf, .. head, .. rows, .. tail];
    }

    private static PdfTextResult Extract(byte[] pdf, PdfReadOptions? options = null)
    {
        var task = Task.Run(() => PdfTextExtractor.Extract(pdf, options));
        Assert.True(task.Wait(s_hangGuard), $"no result after {s_hangGuard.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>A clock that stands still but cancels the read after it has been looked at a number of times.</summary>
    private sealed class CancellingTimeProvider(CancellationTokenSource cancellation, int afterReads) : TimeProvider
    {
        public int Reads { get; private set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            if (++Reads == afterReads)
            {
                cancellation.Cancel();
            }

            return 0;
        }
    }
}
