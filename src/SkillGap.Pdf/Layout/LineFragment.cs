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
        double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue;
        int chars = 0, boldChars = 0;
        var charsBySize = new Dictionary<double, int>();
        bool anyPrinting = Glyphs.Exists(g => !g.IsSpace);
        foreach (LocalGlyph glyph in Glyphs)
        {
            if (anyPrinting && glyph.IsSpace)
            {
                continue;
            }

            left = Math.Min(left, glyph.U);
            right = Math.Max(right, glyph.Right);
            top = Math.Min(top, glyph.Top);
            bottom = Math.Max(bottom, glyph.Bottom);
            double size = Math.Round(glyph.FontSize, 1);
            charsBySize[size] = charsBySize.GetValueOrDefault(size) + Math.Max(1, glyph.Text.Length);
            if (!glyph.IsSpace)
            {
                chars += glyph.Text.Length;
                boldChars += glyph.Bold ? glyph.Text.Length : 0;
            }
        }

        (Left, Right, Top, Bottom, CharCount, BoldCharCount) = (left, right, top, bottom, chars, boldChars);

        // The size most of the characters are set in; on a tie, the larger one.
        double dominant = 0;
        int most = -1;
        foreach ((double size, int count) in charsBySize)
        {
            if (count > most || (count == most && size > dominant))
            {
                (dominant, most) = (size, count);
            }
        }

        FontSize = dominant;
        double sum = 0;
        int n = 0;
        foreach (LocalGlyph glyph in Glyphs)
        {
            if ((!anyPrinting || !glyph.IsSpace) && Math.Abs(Math.Round(glyph.FontSize, 1) - dominant) < 0.01)
            {
                sum += glyph.V;
                n++;
            }
        }

        Baseline = sum / Math.Max(1, n);
    }
}
