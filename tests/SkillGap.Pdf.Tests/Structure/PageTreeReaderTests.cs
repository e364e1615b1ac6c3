using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Structure;

public sealed class PageTreeReaderTests
{
    private static List<PdfPage> Pages(TestPdfBuilder builder) =>
        PageTreeReader.Read(PdfDocument.Open(builder.Build(), 0, ReadBudget.Unlimited), 100);

    [Fact]
    public void InheritsResourcesBoxesAndRotationFromAncestors()
    {
        var pages = Pages(new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 500 400] /Rotate 90 /Resources << /Font << /F1 9 0 R >> >> >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R >>")
            .Object(4, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /CropBox [10 10 110 60] /Rotate -90 >>"));

        Assert.Equal(2, pages.Count);
        Assert.Equal(new PageBox(0, 0, 500, 400), pages[0].MediaBox);
        Assert.Equal(90, pages[0].Rotate);
        Assert.True(pages[0].Resources.ContainsKey("Font"));
        Assert.Equal(new PageBox(10, 10, 110, 60), pages[1].CropBox);
        Assert.Equal(270, pages[1].Rotate);
        Assert.Equal(50, pages[1].DisplayWidth);
        Assert.Equal(100, pages[1].DisplayHeight);
    }

    [Fact]
    public void KeepsPageOrderAcrossNestedNodes()
    {
        var pages = Pages(new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>")
            .Object(3, "<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 /Parent 2 0 R >>")
            .Object(4, "<< /Type /Page /MediaBox [0 0 1 1] /Tag 1 >>")
            .Object(5, "<< /Type /Page /MediaBox [0 0 2 2] /Tag 2 >>")
            .Object(6, "<< /Type /Page /MediaBox [0 0 3 3] /Tag 3 >>"));

        Assert.Equal([1.0, 2.0, 3.0], pages.Select(p => ((PdfNumber)p.Dictionary["Tag"]!).Value));
    }

    [Fact]
    public void EndsOnAPageTreeThatContainsItself()
    {
        var pages = Pages(new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Pages /Kids [2 0 R 4 0 R] >>")
            .Object(4, "<< /Type /Page >>"));

        Assert.Single(pages);
        Assert.Equal(PageBox.Letter, pages[0].MediaBox);
    }

    [Fact]
    public void WalksAVeryDeepPageTreeWithoutRecursion()
    {
        var builder = new TestPdfBuilder().Object(1, "<< /Type /Catalog /Pages 10 0 R >>");
        const int depth = 20_000;
        for (int i = 0; i < depth; i++)
        {
            builder.Object(10 + i, $"<< /Type /Pages /Kids [{11 + i} 0 R] >>");
        }

        builder.Object(10 + depth, "<< /Type /Page /MediaBox [0 0 10 10] >>");

        var pages = Pages(builder);

        Assert.Equal(new PageBox(0, 0, 10, 10), Assert.Single(pages).MediaBox);
    }

    [Fact]
    public void CollectsPagesByTypeWhenTheTreeIsBroken()
    {
        var document = PdfDocument.Open(new TestPdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 9 0 R >>")
            .Object(3, "<< /Type /Page /MediaBox [0 0 300 300] >>")
            .Build(), 0, ReadBudget.Unlimited);

        var pages = PageTreeReader.Read(document, 100);

        Assert.Single(pages);
        Assert.Contains(document.Warnings, w => w.Contains("page tree", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 100)]
    [InlineData(0, 10, 20, 10, 80)]
    [InlineData(90, 10, 20, 20, 10)]
    [InlineData(180, 10, 20, 190, 20)]
    [InlineData(270, 10, 20, 80, 190)]
    public void MapsUserSpaceToTheDisplayedPage(int rotate, double x, double y, double expectedX, double expectedY)
    {
        var page = new PdfPage(PdfDictionary.Empty, PdfDictionary.Empty, new PageBox(0, 0, 200, 100), new PageBox(0, 0, 200, 100), rotate);

        var (displayX, displayY) = page.DisplayMatrix.Transform(x, y);

        Assert.Equal(expectedX, displayX, 9);
        Assert.Equal(expectedY, displayY, 9);
    }

    [Fact]
    public void RemovesTheCropBoxOffset()
    {
        var page = new PdfPage(PdfDictionary.Empty, PdfDictionary.Empty, new PageBox(0, 0, 612, 792), new PageBox(100, 200, 400, 600), 0);

        Assert.Equal((0.0, 0.0), page.DisplayMatrix.Transform(100, 600));
        Assert.Equal((300.0, 400.0), page.DisplayMatrix.Transform(400, 200));
    }
}
