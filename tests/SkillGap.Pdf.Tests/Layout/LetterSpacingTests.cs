namespace SkillGap.Pdf.Tests.Layout;

/// <summary>
/// Letter-spaced headings and names read as words, joined on the glyph positions: the gaps between a word's letters are
/// regular and smaller than the gaps between words. Short words set normally stay apart.
/// </summary>
public sealed class LetterSpacingTests
{
    [Theory]
    [InlineData(0.15)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void ALetterSpacedNameWithSpaceGlyphsReadsAsWords(double tracking)
    {
        var page = new GlyphPage().Spaced("JARED RICHARDS", 72, 100, tracking, fontSize: 24);

        Assert.Equal(["JARED RICHARDS"], page.LineTexts());
    }

    [Fact]
    public void ALetterSpacedHeadingWithoutSpaceGlyphsSplitsAtTheWiderWordGap()
    {
        // LaTeX's \so: no space glyphs; a letter gap of 0.2 em, a word gap of 0.9 em.
        var page = new GlyphPage().Spaced("PROFESSIONAL EXPERIENCE", 72, 100, 0.2, spaceGlyphs: false);

        Assert.Equal(["PROFESSIONAL EXPERIENCE"], page.LineTexts());
    }

    [Fact]
    public void ALowerCaseLetterSpacedLineWithoutSpaceGlyphsReadsAsWords()
    {
        // Letters 0.2 em apart are wider than a squeezed space; the 0.9 em word gaps show they are tracking.
        var page = new GlyphPage().Spaced("Site Reliability Engineer", 72, 100, 0.2, spaceGlyphs: false);

        Assert.Equal(["Site Reliability Engineer"], page.LineTexts());
    }

    [Fact]
    public void ALetterSpacedWordAloneOnItsLineReadsAsOneWord()
    {
        var page = new GlyphPage().Spaced("SKILLS", 72, 100, 0.3, spaceGlyphs: false);

        Assert.Equal(["SKILLS"], page.LineTexts());
    }

    [Fact]
    public void ALetterSpacedTitleBeforeNormalTextJoinsOnlyItsOwnLetters()
    {
        var page = new GlyphPage()
            .Spaced("SENIOR SRE", 72, 100, 0.15, spaceGlyphs: false)
            .Text(", Lumen Freight, 2021", 72 + (10 * 6.5) - 1.5, 100, spaceGlyphs: false);

        Assert.Equal(["SENIOR SRE, Lumen Freight, 2021"], page.LineTexts());
    }

    [Fact]
    public void SmallCapsInTwoSizesWithTrackingReadAsOneWord()
    {
        // Synthesised small caps: the capital at 14 pt, the rest at 70 %, letter-spaced by the same 1.3 pt.
        var page = new GlyphPage()
            .Glyph("S", 72, 100, 7, fontSize: 14)
            .Glyph("k", 80.3, 100, 4.9, fontSize: 9.8)
            .Glyph("i", 86.5, 100, 4.9, fontSize: 9.8)
            .Glyph("l", 92.7, 100, 4.9, fontSize: 9.8)
            .Glyph("l", 98.9, 100, 4.9, fontSize: 9.8)
            .Glyph("s", 105.1, 100, 4.9, fontSize: 9.8);

        Assert.Equal(["Skills"], page.LineTexts());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NormalShortWordsStayApart(bool spaceGlyphs)
    {
        var page = new GlyphPage().Text("Vowels for the keyboard test: a I o u.", 72, 100, spaceGlyphs: spaceGlyphs);

        Assert.Equal(["Vowels for the keyboard test: a I o u."], page.LineTexts());
    }

    [Fact]
    public void ALineOfSingleLowerCaseLettersAtWordSpacingStaysApart()
    {
        // Nothing on the line to compare with, and gaps as wide as a space: words, not tracking.
        var page = new GlyphPage().Text("a i o u", 72, 100, spaceGlyphs: false);

        Assert.Equal(["a i o u"], page.LineTexts());
    }

    [Fact]
    public void TwoLetterWordsSetNormallyStayApart()
    {
        var page = new GlyphPage().Text("IT OR AI is to be", 72, 100, spaceGlyphs: false);

        Assert.Equal(["IT OR AI is to be"], page.LineTexts());
    }

    [Fact]
    public void SpacedIdeographsAreNotJoined()
    {
        // CJK is written without spaces; a gap there is kept as it always was, whatever its rhythm.
        var page = new GlyphPage().Spaced("已知任意自然数", 72, 100, 0.3, spaceGlyphs: false);

        Assert.Equal(["已 知 任 意 自 然 数"], page.LineTexts());
    }

    [Fact]
    public void IconsSpacedLikeLettersAreNotJoined()
    {
        var page = new GlyphPage().Spaced("●●●○○", 72, 100, 0.3, spaceGlyphs: false);

        Assert.Equal(["● ● ● ○ ○"], page.LineTexts());
    }
}
