using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Fonts;

/// <summary>Fonts read end to end: a synthetic one-page PDF whose /F1 is replaced, through the whole reader.</summary>
public sealed class FontExtractionTests
{
    private static TestPdfBuilder PageWithFont(string content, string font) =>
        TestPdfBuilder.OnePage(content).Object(5, font);

    private static string[] LinesOf(byte[] pdf)
    {
        var result = PdfTextExtractor.Extract(pdf);
        Assert.Equal(PdfReadStatus.Ok, result.Status);
        return [.. Assert.Single(result.Pages).Lines.Select(l => l.Text)];
    }

    [Fact]
    public void VerticalJapaneseWithoutToUnicodeReadsAsOneColumnPerLine()
    {
        // No ToUnicode, no embedded program: only the Adobe-Japan1 collection says CIDs 843, 845, 847 are あいう.
        var pdf = PageWithFont(
                "BT /F1 10 Tf 1 0 0 1 300 700 Tm <034B034D034F> Tj 1 0 0 1 280 700 Tm <0CD40E8A07A0> Tj ET",
                "<< /Type /Font /Subtype /Type0 /BaseFont /Mincho /Encoding /Identity-V /DescendantFonts [6 0 R] >>")
            .Object(6, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 1 >> /DW 1000 >>")
            .Build();

        Assert.Equal(["あいう", "日本語"], LinesOf(pdf));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void ACode32ThatDrawsALetterIsPartOfTheWordNotASpace(int wordSpacing)
    {
        // Subset fonts reuse code 32 for any glyph; Tw still applies to it (ISO 32000-1 §9.3.3), but it is no word break.
        var pdf = PageWithFont(
                $"BT /F1 12 Tf 72 700 Td {wordSpacing} Tw (a b) Tj ET",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [32 /x] >> >>")
            .Build();

        Assert.Equal(["axb"], LinesOf(pdf));
    }
}
