using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Content;

public sealed class MarkedContentAndFormTests
{
    private readonly InterpreterHarness _harness = new();

    [Fact]
    public void ReplacesGlyphsInsideActualTextSpans()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf (a) Tj /Span << /ActualText <FEFF00660069> >> BDC (XY) Tj EMC (b) Tj ET");

        Assert.Equal(["a", "fi", "b"], glyphs.Select(g => g.Text));
        Assert.Equal(5, glyphs[1].X, 9);
        Assert.Equal(10, glyphs[1].Advance, 9);
        Assert.Equal([0, 1, 2], glyphs.Select(g => g.Sequence));
    }

    [Fact]
    public void DropsGlyphsWhoseActualTextIsEmpty()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf (exam) Tj /Span << /ActualText () >> BDC (-) Tj EMC (ple) Tj ET");

        Assert.Equal("example", InterpreterHarness.TextOf(glyphs));
    }

    [Fact]
    public void ReadsActualTextFromNamedPropertyResources()
    {
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Regular >> >> /Properties << /MC0 << /ActualText (ff) >> >> >>";

        var glyphs = _harness.Run("BT /F1 10 Tf /Span /MC0 BDC (Z) Tj EMC ET");

        Assert.Equal("ff", Assert.Single(glyphs).Text);
    }

    [Fact]
    public void IgnoresUnbalancedEndMarkedContent()
    {
        var glyphs = _harness.Run("EMC EMC /P BMC BT /F1 10 Tf (ok) Tj ET EMC EMC");

        Assert.Equal("ok", InterpreterHarness.TextOf(glyphs));
    }

    [Fact]
    public void DrawsFormXObjectsWithTheirMatrixAndResources()
    {
        _harness.Fonts["Other"] = new FakeFont(width: 1);
        _harness.Resolver.Objects[10] = PdfSyntax.Stream(
            "<< /Subtype /Form /Matrix [1 0 0 1 50 0] /Resources << /Font << /F9 << /BaseFont /Other >> >> >> >>",
            "BT /F9 10 Tf (AB) Tj ET",
            10);
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Regular >> >> /XObject << /Fm1 10 0 R >> >>";

        var glyphs = _harness.Run("1 0 0 1 0 100 cm /Fm1 Do BT /F1 10 Tf (C) Tj ET");

        Assert.Equal("ABC", InterpreterHarness.TextOf(glyphs));
        Assert.Equal((50.0, 100.0), (glyphs[0].X, glyphs[0].Y));
        Assert.Equal(60, glyphs[1].X, 9);
        Assert.Equal((0.0, 100.0), (glyphs[2].X, glyphs[2].Y));
    }

    [Fact]
    public void StopsAFormThatDrawsItself()
    {
        _harness.Resolver.Objects[10] = PdfSyntax.Stream(
            "<< /Subtype /Form /Resources << /Font << /F1 << /BaseFont /Regular >> >> /XObject << /Me 10 0 R >> >> >>",
            "BT /F1 10 Tf (A) Tj ET /Me Do",
            10);
        _harness.Resources = "<< /XObject << /Fm1 10 0 R >> >>";

        var glyphs = _harness.Run("/Fm1 Do");

        Assert.Equal("A", InterpreterHarness.TextOf(glyphs));
        Assert.NotEmpty(_harness.Resolver.Warnings);
    }

    [Fact]
    public void StopsFollowingFormsBeyondTheDepthLimit()
    {
        for (int i = 0; i < 10; i++)
        {
            _harness.Resolver.Objects[100 + i] = PdfSyntax.Stream(
                $"<< /Subtype /Form /Resources << /Font << /F1 << /BaseFont /Regular >> >> /XObject << /Next {101 + i} 0 R >> >> >>",
                $"BT /F1 10 Tf ({(char)('a' + i)}) Tj ET /Next Do",
                100 + i);
        }

        _harness.Resources = "<< /XObject << /Next 100 0 R >> >>";
        _harness.MaxFormDepth = 3;

        var glyphs = _harness.Run("/Next Do");

        Assert.Equal("abc", InterpreterHarness.TextOf(glyphs));
    }

    [Fact]
    public void IgnoresImageXObjectsAndMissingNames()
    {
        _harness.Resolver.Objects[10] = PdfSyntax.Stream("<< /Subtype /Image /Width 1 /Height 1 >>", "x", 10);
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Regular >> >> /XObject << /Im1 10 0 R >> >>";

        var glyphs = _harness.Run("/Im1 Do /Nope Do BT /F1 10 Tf (A) Tj ET");

        Assert.Equal("A", InterpreterHarness.TextOf(glyphs));
    }

    [Fact]
    public void CountsOperatorsAgainstTheBudget()
    {
        _harness.Budget = new Pdf.Structure.ReadBudget(new PdfReadOptions { MaxOperators = 10 }, TimeProvider.System, CancellationToken.None);

        Assert.Throws<PdfBudgetExceededException>(() => _harness.Run(string.Concat(Enumerable.Repeat("0 0 m ", 20))));
    }
}
