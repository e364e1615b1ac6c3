using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Structure;

public sealed class AnnotationAppearancesTests
{
    private static PdfPage PageWithAnnotations(InMemoryResolver resolver, string annotations) =>
        new(PdfSyntax.Dictionary($"<< /Annots [{annotations}] >>"), PdfDictionary.Empty, PageBox.Letter, PageBox.Letter, 0);

    [Fact]
    public void FitsTheAppearanceBoxOntoTheAnnotationRectangle()
    {
        var resolver = new InMemoryResolver();
        resolver.Objects[10] = PdfSyntax.Stream("<< /Subtype /Form /BBox [0 0 50 10] >>", "", 10);

        var appearance = Assert.Single(AnnotationAppearances.Read(PageWithAnnotations(resolver, "<< /Subtype /Widget /Rect [100 100 200 120] /AP << /N 10 0 R >> >>"), resolver));

        Assert.Equal((100.0, 100.0), appearance.Placement.Transform(0, 0));
        Assert.Equal((200.0, 120.0), appearance.Placement.Transform(50, 10));
    }

    [Fact]
    public void PicksTheAppearanceStateAndSkipsHiddenAndPopupAnnotations()
    {
        var resolver = new InMemoryResolver();
        resolver.Objects[10] = PdfSyntax.Stream("<< /Subtype /Form /BBox [0 0 10 10] >>", "on", 10);
        resolver.Objects[11] = PdfSyntax.Stream("<< /Subtype /Form /BBox [0 0 10 10] >>", "off", 11);
        string annotations =
            "<< /Subtype /Widget /Rect [0 0 10 10] /AS /On /AP << /N << /On 10 0 R /Off 11 0 R >> >> >> " +
            "<< /Subtype /Widget /F 2 /Rect [0 0 10 10] /AP << /N 11 0 R >> >> " +
            "<< /Subtype /Popup /Rect [0 0 10 10] /AP << /N 11 0 R >> >>";

        var appearance = Assert.Single(AnnotationAppearances.Read(PageWithAnnotations(resolver, annotations), resolver));

        Assert.Same(resolver.Objects[10], appearance.Form);
    }

    [Fact]
    public void ExtractsTextOfFilledFormFields()
    {
        var pdf = TestPdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (Name:) Tj ET", "/Annots [6 0 R 7 0 R]")
            .Object(6, "<< /Type /Annot /Subtype /Widget /Rect [150 690 350 714] /AP << /N 8 0 R >> >>")
            .Object(7, "<< /Type /Annot /Subtype /Widget /F 2 /Rect [150 600 350 624] /AP << /N 9 0 R >> >>")
            .Stream(8, "/Type /XObject /Subtype /Form /BBox [0 0 200 24] /Resources << /Font << /Helv 5 0 R >> >>", "/Tx BMC BT /Helv 12 Tf 2 8 Td (Jordan Example) Tj ET EMC")
            .Stream(9, "/Type /XObject /Subtype /Form /BBox [0 0 200 24] /Resources << /Font << /Helv 5 0 R >> >>", "BT /Helv 12 Tf 2 8 Td (Hidden value) Tj ET")
            .Build();

        var result = PdfTextExtractor.Extract(pdf);

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Jordan Example", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden value", result.Text, StringComparison.Ordinal);
    }
}
