using SkillGap.Pdf.Content;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Content;

public sealed class TextPositioningTests
{
    private readonly InterpreterHarness _harness = new();

    [Fact]
    public void PlacesGlyphsFromTdAndAdvancesByWidthTimesSize()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf 100 200 Td (AB) Tj ET");

        Assert.Equal("AB", InterpreterHarness.TextOf(glyphs));
        Assert.Equal((100.0, 200.0), (glyphs[0].X, glyphs[0].Y));
        Assert.Equal(105, glyphs[1].X, 9);
        Assert.Equal(5, glyphs[0].Advance, 9);
        Assert.Equal(10, glyphs[0].FontSize, 9);
        Assert.Equal([0, 1], glyphs.Select(g => g.Sequence));
    }

    [Fact]
    public void AppliesCharacterSpacingWordSpacingAndHorizontalScaling()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf 50 Tz 1 Tc 2 Tw (A B) Tj ET");

        Assert.Equal(0, glyphs[0].X, 9);
        Assert.Equal(3, glyphs[1].X, 9);
        Assert.True(glyphs[1].IsSpace);
        Assert.Equal(7, glyphs[2].X, 9);
    }

    [Fact]
    public void CharacterSpacingTakenBackAfterEachLetterIsNotPartOfTheGlyphs()
    {
        // 2 Tc, taken back by 200/1000 em after each letter and by only 30 between the words: the word gap is 1.7.
        var glyphs = _harness.Run("BT /F1 10 Tf 2 Tc [(w) 200 (e) 200 (n) 30 (S) 200 (i)] TJ ET");

        Assert.Equal([0.0, 5.0, 10.0, 16.7, 21.7], glyphs.Select(g => Math.Round(g.X, 9)));
        Assert.All(glyphs, g => Assert.Equal(5, g.Advance, 9));
    }

    [Fact]
    public void CharacterSpacingThatIsNotTakenBackStaysInTheAdvance()
    {
        // Letter-spaced heading: the tracking belongs to the glyphs, so the letters still form one word.
        var glyphs = _harness.Run("BT /F1 10 Tf 2 Tc [(S) (K) 30 (I)] TJ ET");

        Assert.All(glyphs, g => Assert.Equal(7, g.Advance, 9));
    }

    [Fact]
    public void MovesByTjArrayOffsetsInThousandthsOfAnEm()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf [(A) -1000 (B) 500 (C)] TJ ET");

        Assert.Equal([0.0, 15.0, 15.0], glyphs.Select(g => Math.Round(g.X, 9)));
    }

    [Fact]
    public void AppliesTheCurrentTransformationMatrix()
    {
        var glyph = Assert.Single(_harness.Run("2 0 0 2 10 20 cm BT /F1 10 Tf 5 5 Td (A) Tj ET"));

        Assert.Equal(20, glyph.X, 9);
        Assert.Equal(30, glyph.Y, 9);
        Assert.Equal(20, glyph.FontSize, 9);
        Assert.Equal(10, glyph.Advance, 9);
    }

    [Fact]
    public void RestoresTheGraphicsStateOnQ()
    {
        var glyphs = _harness.Run("q 1 0 0 1 100 0 cm BT /F1 10 Tf (A) Tj ET Q BT /F1 10 Tf (B) Tj ET Q Q Q");

        Assert.Equal(100, glyphs[0].X, 9);
        Assert.Equal(0, glyphs[1].X, 9);
    }

    [Fact]
    public void SurvivesMoreSavesThanTheStackCap()
    {
        string content = string.Concat(Enumerable.Repeat("q ", 5000)) + "BT /F1 10 Tf (A) Tj ET" + string.Concat(Enumerable.Repeat(" Q", 5000));

        Assert.Single(_harness.Run(content));
    }

    [Fact]
    public void MovesToNextLinesWithLeading()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf 12 TL 0 100 Td (A) Tj T* (B) Tj (C) ' 3 1 (D) \" 0 -20 TD (E) Tj T* (F) Tj ET");

        Assert.Equal([100.0, 88.0, 76.0, 64.0, 44.0, 24.0], glyphs.Select(g => Math.Round(g.Y, 9)));
        Assert.Equal(0, glyphs[3].X, 9);
    }

    [Fact]
    public void ReplacesTheTextMatrixWithTm()
    {
        var glyph = Assert.Single(_harness.Run("BT /F1 1 Tf 12 0 0 12 300 400 Tm (A) Tj ET"));

        Assert.Equal((300.0, 400.0), (glyph.X, glyph.Y));
        Assert.Equal(12, glyph.FontSize, 9);
    }

    [Fact]
    public void RaisesGlyphsByTheTextRise()
    {
        var glyph = Assert.Single(_harness.Run("BT /F1 10 Tf 0 100 Td 3 Ts (A) Tj ET"));

        Assert.Equal(103, glyph.Y, 9);
    }

    [Fact]
    public void ReportsTheWritingAngleInDisplaySpace()
    {
        _harness.Display = new Matrix(1, 0, 0, -1, 0, 500);

        var upright = Assert.Single(_harness.Run("BT /F1 10 Tf 100 100 Td (A) Tj ET"));
        var turned = Assert.Single(_harness.Run("BT /F1 10 Tf 0 1 -1 0 100 100 Tm (A) Tj ET"));

        Assert.Equal(0, upright.Angle, 6);
        Assert.Equal(400, upright.Y, 9);
        Assert.Equal(90, turned.Angle, 6);
    }

    [Fact]
    public void AdvancesVerticalFontsDownward()
    {
        _harness.Fonts["Regular"] = new FakeFont(vertical: true);
        _harness.Display = new Matrix(1, 0, 0, -1, 0, 500);

        var glyphs = _harness.Run("BT /F1 10 Tf 100 400 Td (AB) Tj ET");

        Assert.Equal(100, glyphs[0].Y, 9);
        Assert.Equal(110, glyphs[1].Y, 9);
        Assert.Equal(270, glyphs[0].Angle, 6);
        Assert.Equal(10, glyphs[0].Advance, 9);
    }

    [Fact]
    public void MarksInvisibleAndFillStrokeRenderModes()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf 3 Tr (A) Tj 2 Tr (B) Tj 0 Tr (C) Tj ET");

        Assert.True(glyphs[0].Invisible);
        Assert.False(glyphs[1].Invisible);
        Assert.True(glyphs[1].Bold);
        Assert.False(glyphs[2].Bold);
    }

    [Fact]
    public void MarksTextPlacedOffThePageInvisible()
    {
        _harness.PageWidth = 600;
        _harness.PageHeight = 800;

        var glyphs = _harness.Run("BT /F1 10 Tf 100 100 Td (A) Tj 2000 0 Td (B) Tj -2200 -500 Td (C) Tj ET");

        Assert.Equal([false, true, true], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void MarksGlyphsThatRunPastThePageEdgeInvisibleButKeepsTheOneTheEdgeCuts()
    {
        _harness.PageWidth = 600;
        _harness.PageHeight = 800;

        // Half-em glyphs from x = 592: A ends at 597, the edge cuts B (597–602), C and D start beyond it.
        var glyphs = _harness.Run("BT /F1 10 Tf 592 100 Td (ABCD) Tj ET");

        Assert.Equal([false, false, true, true], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void MarksTextOutsideTheClipPathInvisibleUntilTheStateIsRestored()
    {
        var glyphs = _harness.Run("q 0 0 100 100 re W n BT /F1 10 Tf 50 50 Td (A) Tj 500 0 Td (B) Tj ET Q BT /F1 10 Tf 550 50 Td (C) Tj ET");

        Assert.Equal([false, true, false], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void ClipsByTheBoxOfTheTransformedPath()
    {
        var glyphs = _harness.Run("q 2 0 0 2 0 0 cm 0 0 m 100 0 l 100 100 l h W* n BT /F1 10 Tf 50 50 Td (A) Tj 300 0 Td (B) Tj ET Q");

        Assert.Equal([false, true], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void IgnoresAPathThatIsNotUsedAsAClip()
    {
        var glyphs = _harness.Run("0 0 10 10 re f BT /F1 10 Tf 500 500 Td (A) Tj ET");

        Assert.False(Assert.Single(glyphs).Invisible);
    }

    [Fact]
    public void TakesBoldFromTheFontAndNumbersFontsApart()
    {
        _harness.Fonts["Bold"] = new FakeFont(bold: true);
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Regular >> /F2 << /BaseFont /Bold >> >> >>";

        var glyphs = _harness.Run("BT /F1 10 Tf (A) Tj /F2 10 Tf (B) Tj /F1 10 Tf (C) Tj ET");

        Assert.Equal([false, true, false], glyphs.Select(g => g.Bold));
        Assert.NotEqual(glyphs[0].FontId, glyphs[1].FontId);
        Assert.Equal(glyphs[0].FontId, glyphs[2].FontId);
    }

    [Fact]
    public void SizesType3GlyphsByFontMatrixAndBoundingBox()
    {
        _harness.Fonts["Type3"] = new FakeFont(width: 0.5, fontMatrix: [0.01, 0, 0, 0.01, 0, 0]);
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Type3 /FontBBox [0 -20 100 80] >> >> >>";

        var glyph = Assert.Single(_harness.Run("BT /F1 12 Tf (A) Tj ET"));

        Assert.Equal(12, glyph.FontSize, 9);
    }

    [Theory]
    [InlineData(0.011, -4, 91, 10.9091, 10.9091)] // pdfTeX bitmap font, body text: ink box 1.0 em
    [InlineData(0.01004, -21, 70, 11.9552, 11.9552)] // pdfTeX bitmap font, a heading: ink box 0.91 em, still its Tf size
    [InlineData(1, 0, 12, 1, 12)] // Tf 1 with glyphs drawn twelve units tall: the box gives the size
    public void SizesType3GlyphsByTfUnlessTheirBoxSaysOtherwise(double matrix, int bottom, int top, double tf, double expected)
    {
        var m = matrix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var size = tf.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _harness.Fonts["Type3"] = new FakeFont(width: 0.5, fontMatrix: [matrix, 0, 0, matrix, 0, 0]);
        _harness.Resources = $"<< /Font << /F1 << /BaseFont /Type3 /FontMatrix [{m} 0 0 {m} 0 0] /FontBBox [0 {bottom} 100 {top}] >> >> >>";

        var glyph = Assert.Single(_harness.Run($"BT /F1 {size} Tf (A) Tj ET"));

        Assert.Equal(expected, glyph.FontSize, 3);
    }

    [Fact]
    public void DecodesTextWithoutAFontAsLatin1AndWarns()
    {
        var glyphs = _harness.Run("BT (Hi) Tj ET");

        Assert.Equal("Hi", InterpreterHarness.TextOf(glyphs));
        Assert.NotEmpty(_harness.Resolver.Warnings);
    }
}
