namespace SkillGap.Pdf.Tests.Layout;

public sealed class CleanupTests
{
    [Fact]
    public void DropsInvisibleTextWhenThePageHasVisibleText()
    {
        var page = new GlyphPage()
            .Text("Visible summary", 72, 100)
            .Text("kubernetes aws gcp azure", 72, 114, invisible: true);

        Assert.Equal(["Visible summary"], page.LineTexts());
    }

    [Fact]
    public void KeepsInvisibleTextWhenItIsThePagesOnlyText()
    {
        var page = new GlyphPage().Text("Scanned resume OCR layer", 72, 100, invisible: true);

        Assert.Equal(["Scanned resume OCR layer"], page.LineTexts());
    }

    [Fact]
    public void RemovesFakeBoldCopiesAndMarksTheLineBold()
    {
        var page = new GlyphPage()
            .Text("SKILLS", 72, 100)
            .Text("SKILLS", 72.4, 100)
            .Text("SKILLS", 72.8, 100.2);

        PdfTextLine line = Assert.Single(page.Layout());

        Assert.Equal("SKILLS", line.Text);
        Assert.True(line.Bold);
    }

    [Fact]
    public void RemovesFakeBoldDrawnGlyphByGlyph()
    {
        var page = new GlyphPage();
        double x = 72;
        foreach (char c in "Kafka")
        {
            page.Glyph(c.ToString(), x, 100, 5).Glyph(c.ToString(), x + 0.3, 100, 5);
            x += 5;
        }

        PdfTextLine line = Assert.Single(page.Layout());

        Assert.Equal("Kafka", line.Text);
        Assert.True(line.Bold);
    }

    [Fact]
    public void KeepsLettersOfTextThatOverflowsOntoTheNextCellWhereTheyHappenToCoincide()
    {
        // A table cell overflows: "inmobi" (the next cell) starts where the "in" of "Engineer" sits, 0.2 pt apart.
        var page = new GlyphPage()
            .Text("Security Engineer", 72, 100)
            .Text("inmobi", 132.2, 100);

        string text = string.Join(" ", page.LineTexts());

        Assert.Contains("Engineer", text.Split(' '));
        Assert.Contains("inmobi", text.Split(' '));
    }

    [Fact]
    public void KeepsGenuinelyRepeatedLetters()
    {
        var page = new GlyphPage().Text("Jenkins pipelines, all tools", 72, 100);

        Assert.Equal(["Jenkins pipelines, all tools"], page.LineTexts());
    }

    [Fact]
    public void MergesTexAccentOverItsLetter()
    {
        // TeX: the acute accent is kerned back over the e that follows it.
        var page = new GlyphPage()
            .Glyph("R", 72, 100, 7)
            .Glyph("\u00B4", 79.8, 100, 5)
            .Glyph("e", 79, 100, 4.5)
            .Glyph("s", 83.5, 100, 4)
            .Glyph("u", 87.5, 100, 5)
            .Glyph("m", 92.5, 100, 8)
            .Glyph("\u00B4", 101, 100, 5)
            .Glyph("e", 100.5, 100, 4.5);

        Assert.Equal(["Résumé"], page.LineTexts());
    }

    [Fact]
    public void MergesUmlautAndCedillaAndDotlessIAccents()
    {
        var page = new GlyphPage()
            .Glyph("M", 72, 100, 8).Glyph("\u00A8", 81, 97, 5).Glyph("u", 80, 100, 5).Glyph("n", 85, 100, 5)
            .Glyph(" ", 90, 100, 3)
            .Glyph("c", 93, 100, 4.5).Glyph("\u00B8", 93.2, 100, 4).Glyph("a", 97.5, 100, 5)
            .Glyph(" ", 102.5, 100, 3)
            .Glyph("\u00B4", 105.2, 100, 4).Glyph("\u0131", 105.5, 100, 3);

        Assert.Equal(["Mün ça í"], page.LineTexts());
    }

    [Fact]
    public void TrustsTheMappedLetterOverASpaceCode()
    {
        // LibreOffice subsets reuse code 32 for other letters; the interpreter flags code 32 as a space.
        var page = new GlyphPage()
            .Glyph("L", 72, 100, 5).Glyph("i", 77, 100, 5).Glyph("n", 82, 100, 5).Glyph("u", 87, 100, 5)
            .Glyph("x", 92, 100, 5, isSpace: true);

        Assert.Equal(["Linux"], page.LineTexts());
    }

    [Fact]
    public void LeavesASpacingTildeBetweenLettersAlone()
    {
        var page = new GlyphPage().Text("cd ~/src", 72, 100);

        Assert.Equal(["cd ~/src"], page.LineTexts());
    }
}
