using SkillGap.Pdf.Layout;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Layout;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>Layout work grows faster than the glyph count on some pages; a hostile page must still stop at the budget.</summary>
public sealed class HostileLayoutTests
{
    [Fact]
    public void LayoutChecksTheClockOnAPageOfScatteredWords()
    {
        // The interpreter is not involved: only the layout stages' own progress reports can make this run out of time.
        var random = new Random(11);
        var page = new GlyphPage();
        for (int i = 0; i < 3000; i++)
        {
            page.Text($"w{i % 50}", random.Next(20, 580), random.Next(20, 770), fontSize: 4 + (i % 5));
        }

        var budget = new ReadBudget(new PdfReadOptions { MaxDuration = TimeSpan.FromSeconds(5) }, new SteppingTimeProvider(TimeSpan.FromSeconds(1)), CancellationToken.None);

        var exception = Assert.Throws<PdfBudgetExceededException>(() => PageLayoutBuilder.Build(page.Glyphs, page.Width, page.Height, budget));
        Assert.Contains("longer than allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsSplittingColumnsPastTheNestingLimit()
    {
        // Twelve equal columns of prose (too wordy to be a table): each split takes the first column off the rest, one
        // level deeper each time. Past eight levels the remaining columns are read across, row by row, instead of
        // recursing further; a page of thousands of tiny columns would otherwise drive the recursion thousands deep.
        var page = new GlyphPage();
        for (int column = 1; column <= 12; column++)
        {
            page.Column(20 + ((column - 1) * 100), 100, 14, Enumerable.Range(1, 8).Select(row => Cell(column, row)).ToArray());
        }

        var lines = page.LineTexts();

        var columnByColumn = Enumerable.Range(1, 8).SelectMany(c => Enumerable.Range(1, 8).Select(r => Cell(c, r)));
        var across = Enumerable.Range(1, 8).Select(r => string.Join(' ', Enumerable.Range(9, 4).Select(c => Cell(c, r))));
        Assert.Equal(columnByColumn.Concat(across), lines);
    }

    private static string Cell(int column, int row) => $"c{column} r{row} of the text";
}
