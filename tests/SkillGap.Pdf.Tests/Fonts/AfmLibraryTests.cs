using SkillGap.Pdf.Fonts.Metrics;

namespace SkillGap.Pdf.Tests.Fonts;

public class AfmLibraryTests
{
    [Theory]
    [InlineData("Helvetica", "Helvetica")]
    [InlineData("Arial", "Helvetica")]
    [InlineData("ArialMT", "Helvetica")]
    [InlineData("Arial,Bold", "Helvetica-Bold")]
    [InlineData("Arial-BoldItalicMT", "Helvetica-BoldOblique")]
    [InlineData("TimesNewRoman", "Times-Roman")]
    [InlineData("TimesNewRomanPS-BoldMT", "Times-Bold")]
    [InlineData("TimesNewRoman,Italic", "Times-Italic")]
    [InlineData("Times-BoldItalic", "Times-BoldItalic")]
    [InlineData("CourierNew", "Courier")]
    [InlineData("CourierNewPS-BoldMT", "Courier-Bold")]
    [InlineData("Symbol", "Symbol")]
    public void MapsAliasesToStandardFonts(string baseFont, string standardName) =>
        Assert.Equal(standardName, AfmLibrary.StandardNameFor(baseFont));

    [Theory]
    [InlineData("ArialNarrow")]
    [InlineData("Calibri")]
    [InlineData("Helvetica-Condensed")]
    public void LeavesOtherDesignsAlone(string baseFont) => Assert.Null(AfmLibrary.StandardNameFor(baseFont));

    [Fact]
    public void ReadsWidthsByGlyphName()
    {
        var helvetica = AfmLibrary.Get("Helvetica");
        Assert.NotNull(helvetica);
        Assert.True(helvetica.TryGetWidth("A", out var width));
        Assert.Equal(667, width);
        Assert.True(AfmLibrary.Get("Courier")!.TryGetWidth("W", out var courier));
        Assert.Equal(600, courier);
        Assert.Same(helvetica, AfmLibrary.Get("Helvetica"));
    }
}
