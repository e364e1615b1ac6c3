using SkillGap.Pdf.Content;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Content;

public sealed class OptionalContentTests
{
    private readonly InterpreterHarness _harness = new();

    public OptionalContentTests()
    {
        _harness.Resolver.Objects[20] = PdfSyntax.Dictionary("<< /Type /OCG /Name (Hidden layer) >>");
        _harness.Resolver.Objects[21] = PdfSyntax.Dictionary("<< /Type /OCG /Name (Shown layer) >>");
        _harness.Resolver.Objects[22] = PdfSyntax.Dictionary("<< /Type /OCMD /OCGs [20 0 R 21 0 R] /P /AllOn >>");
        _harness.Resolver.Objects[23] = PdfSyntax.Dictionary("<< /Type /OCMD /OCGs [20 0 R 21 0 R] >>");
        _harness.Resources = "<< /Font << /F1 << /BaseFont /Regular >> >> /Properties << /L1 20 0 R /L2 21 0 R /M1 22 0 R /M2 23 0 R >> /XObject << /Fm 30 0 R >> >>";
    }

    private void TurnOff(string catalogDefaults) =>
        _harness.OptionalContent = OptionalContent.FromCatalog(
            PdfSyntax.Dictionary($"<< /OCProperties << /OCGs [20 0 R 21 0 R] /D << {catalogDefaults} >> >> >>"), _harness.Resolver);

    [Fact]
    public void MarksTextInLayersThatAreOffInvisible()
    {
        TurnOff("/OFF [20 0 R]");

        var glyphs = _harness.Run("BT /F1 10 Tf /OC /L1 BDC (A) Tj EMC /OC /L2 BDC (B) Tj EMC (C) Tj ET");

        Assert.Equal([true, false, false], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void AppliesMembershipPolicies()
    {
        TurnOff("/OFF [20 0 R]");

        var glyphs = _harness.Run("BT /F1 10 Tf /OC /M1 BDC (A) Tj EMC /OC /M2 BDC (B) Tj EMC ET");

        Assert.Equal([true, false], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void HidesEveryGroupNotListedAsOnWhenTheBaseStateIsOff()
    {
        TurnOff("/BaseState /OFF /ON [21 0 R]");

        var glyphs = _harness.Run("BT /F1 10 Tf /OC /L1 BDC (A) Tj EMC /OC /L2 BDC (B) Tj EMC ET");

        Assert.Equal([true, false], glyphs.Select(g => g.Invisible));
    }

    [Fact]
    public void SkipsFormsThatBelongToAHiddenLayer()
    {
        TurnOff("/OFF [20 0 R]");
        _harness.Resolver.Objects[30] = PdfSyntax.Stream("<< /Subtype /Form /OC 20 0 R >>", "BT /F1 10 Tf (F) Tj ET", 30);

        var glyphs = _harness.Run("/Fm Do BT /F1 10 Tf (A) Tj ET");

        Assert.Equal("A", InterpreterHarness.TextOf(glyphs));
    }

    [Fact]
    public void ShowsEverythingWhenTheDocumentHasNoLayers()
    {
        var glyphs = _harness.Run("BT /F1 10 Tf /OC /L1 BDC (A) Tj EMC ET");

        Assert.False(Assert.Single(glyphs).Invisible);
    }
}
