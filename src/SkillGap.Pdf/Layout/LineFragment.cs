namespace SkillGap.Pdf.Layout;

/// <summary>
/// Words on one baseline with no wide gap between them: a line of one column, or one cell of a row.
/// Reading order works on fragments; fragments of one row in one column are joined into an output line later.
/// </summary>
internal sealed class LineFragment
{
    public LineFragment(List<LocalGlyph> glyphs)
    {
        Glyphs = glyphs;
        Refresh();
    }

    /// <summary>Glyphs sorted along the writing direction, spaces included.</summary>
    public List<LocalGlyph> Glyphs { get; private set; }

    public List<LayoutWord> Words { get; private set; } = [];

    public double Left { get; private set; }

    public double Right { get; private set; }

    public double Top { get; private set; }

    public double Bottom { get; private set; }

    /// <summary>Baseline of the glyphs in the dominant font size (superscripts do not move it).</summary>
    public double Baseline { get; private set; }

    public double FontSize { get; private set; }

    public int CharCount { get; private set; }

    public int BoldCharCount { get; private set; }

    public double Height => Bottom - Top;

    /// <summary>Takes another fragment's glyphs in (a superscript or subscript beside this line).</summary>
    public void Absorb(LineFragment other)
    {
        Glyphs = [.. Glyphs, .. other.Glyphs];
        Glyphs.Sort((a, b) => a.U.CompareTo(b.U));
        Refresh();
    }

    private void Refresh()
    {
        Words = WordSplitter.Split(Glyphs);
        var printing = Glyphs.Where(g => !g.IsSpace).ToList();
        List<LocalGlyph> measured = printing.Count > 0 ? printing : Glyphs;
        Left = measured.Min(g => g.U);
        Right = measured.Max(g => g.Right);
        Top = measured.Min(g => g.Top);
        Bottom = measured.Max(g => g.Bottom);
        CharCount = printing.Sum(g => g.Text.Length);
        BoldCharCount = printing.Where(g => g.Bold).Sum(g => g.Text.Length);
        FontSize = measured
            .GroupBy(g => Math.Round(g.FontSize, 1))
            .OrderByDescending(group => group.Sum(g => Math.Max(1, g.Text.Length)))
            .ThenByDescending(group => group.Key)
            .First().Key;
        double dominant = FontSize;
        Baseline = measured.Where(g => Math.Abs(Math.Round(g.FontSize, 1) - dominant) < 0.01).Average(g => g.V);
    }
}
