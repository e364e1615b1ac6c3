using SkillGap.Pdf.Fonts.Encodings;

namespace SkillGap.Pdf.Tests.Fonts;

public class GlyphListTests
{
    [Theory]
    [InlineData("A", "A")]
    [InlineData("eacute", "é")]
    [InlineData("quoteright", "\u2019")]
    [InlineData("Euro", "€")]
    [InlineData("uni0041", "A")]
    [InlineData("uni00410042", "AB")]
    [InlineData("u1F600", "\U0001F600")]
    [InlineData("u00E9", "é")]
    [InlineData("A.sc", "A")]
    [InlineData("f_f_i", "ffi")]
    [InlineData("T_h", "Th")]
    [InlineData("Asmall", "a")]
    [InlineData("oneoldstyle", "1")]
    [InlineData("asuperior", "a")]
    [InlineData("prime", "\u2032")]
    [InlineData("summationdisplay", "\u2211")]
    [InlineData("parenleftBigg", "(")]
    [InlineData("radicalbig", "\u221A")]
    public void MapsGlyphNamesToUnicode(string glyphName, string expected) =>
        Assert.Equal(expected, GlyphList.ToUnicode(glyphName));

    [Theory]
    [InlineData("fi", "fi")]
    [InlineData("fl", "fl")]
    [InlineData("ff", "ff")]
    [InlineData("ffi", "ffi")]
    [InlineData("ffl", "ffl")]
    [InlineData("uniFB01", "fi")]
    public void SpellsOutLigatures(string glyphName, string expected) =>
        Assert.Equal(expected, GlyphList.ToUnicode(glyphName));

    [Fact]
    public void ReadsDingbatNamesOnlyForDingbatFonts()
    {
        Assert.Equal("\u2714", GlyphList.ToUnicode("a20", isDingbatsFont: true));
        Assert.Null(GlyphList.ToUnicode("a20"));
    }

    [Theory]
    [InlineData("g42")]
    [InlineData("cid1234")]
    [InlineData(".notdef")]
    [InlineData("uniD800")]
    [InlineData("uni12")]
    [InlineData("")]
    public void LeavesMeaninglessNamesUnmapped(string glyphName) =>
        Assert.Null(GlyphList.ToUnicode(glyphName));
}
