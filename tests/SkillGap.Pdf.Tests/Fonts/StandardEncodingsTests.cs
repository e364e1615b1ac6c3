using SkillGap.Pdf.Fonts.Encodings;

namespace SkillGap.Pdf.Tests.Fonts;

public class StandardEncodingsTests
{
    [Theory]
    [InlineData(0x80, "Euro")]
    [InlineData(0x92, "quoteright")]
    [InlineData(0x96, "endash")]
    [InlineData(0x81, "bullet")]
    [InlineData(0x27, "quotesingle")]
    [InlineData(0xE9, "eacute")]
    [InlineData(0xAD, "hyphen")]
    [InlineData(0xA0, "space")]
    public void WinAnsiNamesCodePage1252Glyphs(int code, string glyphName) =>
        Assert.Equal(glyphName, StandardEncodings.WinAnsi.GetGlyphName(code));

    [Theory]
    [InlineData(0x8E, "eacute")]
    [InlineData(0xD5, "quoteright")]
    [InlineData(0xDE, "fi")]
    [InlineData(0xA5, "bullet")]
    [InlineData(0xFF, "caron")]
    [InlineData(0x41, "A")]
    public void MacRomanNamesMacGlyphs(int code, string glyphName) =>
        Assert.Equal(glyphName, StandardEncodings.MacRoman.GetGlyphName(code));

    [Theory]
    [InlineData(0x27, "quoteright")]
    [InlineData(0x60, "quoteleft")]
    [InlineData(0xAE, "fi")]
    [InlineData(0xE1, "AE")]
    public void StandardEncodingComesFromTheTimesMetrics(int code, string glyphName) =>
        Assert.Equal(glyphName, StandardEncodings.Standard.GetGlyphName(code));

    [Fact]
    public void PdfDocEncodingHasTheEuroAtA0AndNothingAtAd()
    {
        Assert.Equal("Euro", StandardEncodings.PdfDoc.GetGlyphName(0xA0));
        Assert.Null(StandardEncodings.PdfDoc.GetGlyphName(0xAD));
        Assert.Equal("trademark", StandardEncodings.PdfDoc.GetGlyphName(0x92));
    }

    [Fact]
    public void SymbolAndDingbatsUseTheirOwnBuiltInEncodings()
    {
        Assert.Equal("alpha", StandardEncodings.Symbol.GetGlyphName(0x61));
        Assert.Equal("a20", StandardEncodings.ZapfDingbats.GetGlyphName(0x34));
    }

    [Fact]
    public void EveryLatinTableHas256Codes()
    {
        foreach (var encoding in new[] { StandardEncodings.WinAnsi, StandardEncodings.MacRoman, StandardEncodings.PdfDoc })
        {
            Assert.Equal("asciitilde", encoding.GetGlyphName(0x7E));
            Assert.Null(encoding.GetGlyphName(256));
        }
    }
}
