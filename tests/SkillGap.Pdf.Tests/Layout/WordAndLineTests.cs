namespace SkillGap.Pdf.Tests.Layout;

public sealed class WordAndLineTests
{
    [Fact]
    public void BreaksWordsAtSpaceGlyphs()
    {
        var page = new GlyphPage().Text("Site Reliability Engineer", 72, 100);

        Assert.Equal(["Site Reliability Engineer"], page.LineTexts());
    }

    [Fact]
    public void BreaksWordsAtGapsLeftByPositioningInsteadOfSpaces()
    {
        var page = new GlyphPage().Text("Terraform and Ansible", 72, 100, spaceGlyphs: false);

        Assert.Equal(["Terraform and Ansible"], page.LineTexts());
    }

    [Fact]
    public void KeepsTightlyKernedGlyphsInOneWord()
    {
        var page = new GlyphPage()
            .Glyph("K", 72, 100, 6)
            .Glyph("8", 77.6, 100, 5)
            .Glyph("s", 82.9, 100, 4);

        Assert.Equal(["K8s"], page.LineTexts());
    }

    [Fact]
    public void AZeroWidthSpaceBetweenWordsSeparatesThem()
    {
        // Google Docs exports separate some words with U+200B and no gap; a person reads two words there.
        var page = new GlyphPage()
            .Text("Senior", 72, 100)
            .Glyph("\u200B", 102, 100, 0)
            .Text("SRE", 102, 100);

        Assert.Equal(["Senior SRE"], page.LineTexts());
    }

    [Fact]
    public void ZeroWidthSpacesAtTheNextLettersPositionStayBetweenTheWordsOfALongLine()
    {
        // Each U+200B sits exactly where the next word starts; a long line is sorted by position with more than an
        // insertion sort, so ties must keep drawing order or a separator lands inside a word ("d ocument").
        string[] words = ["Senior", "Site", "Reliability", "Engineer", "at", "Contoso", "running", "Kubernetes", "and", "Terraform"];
        var page = new GlyphPage();
        double x = 72;
        foreach (string word in words)
        {
            page.Glyph("\u200B", x, 100, 0);
            page.Text(word, x, 100);
            x += word.Length * 5;
        }

        Assert.Equal([string.Join(' ', words)], page.LineTexts());
    }

    [Fact]
    public void CollapsesRepeatedSpacesToOne()
    {
        var page = new GlyphPage().Text("Go    Rust   Python", 72, 100);

        Assert.Equal(["Go Rust Python"], page.LineTexts());
    }

    [Fact]
    public void OrdersLinesTopToBottomWhateverTheDrawingOrder()
    {
        var page = new GlyphPage()
            .Text("second line", 72, 114)
            .Text("first line", 72, 100);

        Assert.Equal(["first line", "second line"], page.LineTexts());
    }

    [Fact]
    public void KeepsSlightlyJitteredBaselinesOnOneLine()
    {
        var page = new GlyphPage()
            .Text("Kubernetes", 72, 100)
            .Text("operator", 130, 100.8);

        Assert.Equal(["Kubernetes operator"], page.LineTexts());
    }

    [Fact]
    public void KeepsSuperscriptOnTheLineItDecorates()
    {
        var page = new GlyphPage()
            .Text("Ranked 1", 72, 100)
            .Text("st", 112, 96.5, fontSize: 6)
            .Text("in the regional contest", 72, 113);

        Assert.Equal(["Ranked 1st", "in the regional contest"], page.LineTexts());
    }

    [Fact]
    public void KeepsSubscriptOnTheLineItDecorates()
    {
        var page = new GlyphPage()
            .Text("Cut CO", 72, 100)
            .Text("2", 102, 102, fontSize: 6)
            .Text(" emissions", 105, 100);

        Assert.Equal(["Cut CO2 emissions"], page.LineTexts());
    }

    [Fact]
    public void ReportsBoundsAndDominantFontSize()
    {
        PdfTextLine line = Assert.Single(new GlyphPage().Text("Platform", 100, 200, fontSize: 12).Layout());

        Assert.Equal(12, line.FontSize);
        Assert.Equal(100, line.Bounds.Left, 1);
        Assert.Equal(148, line.Bounds.Right, 1);
        Assert.True(line.Bounds.Top < 200 && line.Bounds.Bottom > 200);
    }

    [Fact]
    public void MarksLineBoldWhenMostOfItIsBold()
    {
        var page = new GlyphPage()
            .Text("EXPERIENCE", 72, 100, bold: true)
            .Text("Senior SRE at Example", 72, 114)
            .Text("x", 200, 114, bold: true);

        IReadOnlyList<PdfTextLine> lines = page.Layout();

        Assert.True(lines[0].Bold);
        Assert.False(lines[1].Bold);
    }

    [Fact]
    public void ReadsHebrewRightToLeftIntoLogicalOrder()
    {
        // Visual order, left to right: the second word (עולם) is drawn first, each word's letters mirrored.
        var page = new GlyphPage().Text("םלוע םולש", 72, 100);

        Assert.Equal(["שלום עולם"], page.LineTexts());
    }

    [Fact]
    public void KeepsLatinWordsInALatinLineWithOneHebrewWord()
    {
        var page = new GlyphPage().Text("Moved to םילשורי in 2020", 72, 100);

        Assert.Equal(["Moved to ירושלים in 2020"], page.LineTexts());
    }

    [Fact]
    public void ReturnsNoLinesForAPageWithoutGlyphs()
    {
        Assert.Empty(new GlyphPage().Layout());
    }
}
