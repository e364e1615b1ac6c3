namespace SkillGap.Pdf.Layout;

/// <summary>
/// Words on one baseline with no wide gap between them: a line of one column, or one cell of a row.
/// Reading order works on fragments; fragments of one row in one column are joined into an output line later.
/// </summary>
internal sealed class LineFragment
{
    // A line is set in one to a few sizes, so counting them in a small span beats a dictionary per fragment.
    private const int InlineSizes = 16;

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
        Glyphs.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.Sequence.CompareTo(b.Sequence));
        Refresh();
    }

    private void Refresh()
    {
        Words = WordSplitter.Split(Glyphs);
        double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue;
        int chars = 0, boldChars = 0;
        Span<double> sizeKeys = stackalloc double[InlineSizes];
        Span<int> sizeCounts = stackalloc int[InlineSizes];
        int sizes = 0;
        Dictionary<double, int>? manySizes = null;
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
            int weight = Math.Max(1, glyph.Text.Length);
            int slot = sizeKeys[..sizes].IndexOf(size);
            if (slot >= 0)
            {
                sizeCounts[slot] += weight;
            }
            else if (sizes < InlineSizes)
            {
                (sizeKeys[sizes], sizeCounts[sizes]) = (size, weight);
                sizes++;
            }
            else
            {
                manySizes ??= [];
                manySizes[size] = manySizes.GetValueOrDefault(size) + weight;
            }
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
        for (int k = 0; k < sizes; k++)
        {
            if (sizeCounts[k] > most || (sizeCounts[k] == most && sizeKeys[k] > dominant))
            {
                (dominant, most) = (sizeKeys[k], sizeCounts[k]);
            }
        }

        foreach ((double size, int count) in manySizes ?? [])
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
