namespace SkillGap.Pdf.Layout;

/// <summary>Glyphs of one text frame → line fragments: baseline bands, cut wherever a gap is wider than any word space.</summary>
internal static class FragmentBuilder
{
    /// <summary>Glyphs whose baselines differ by less than this share of the smaller font size share a band.</summary>
    private const double BaselineToleranceRatio = 0.25;

    /// <summary>
    /// A gap wider than this share of the font size ends a fragment: it is a column gutter, a tab stop or a table cell
    /// boundary. Whether it separates columns is decided later, from how gaps line up across rows.
    /// </summary>
    private const double FragmentGapRatio = 0.95;

    public static List<LineFragment> Build(List<LocalGlyph> glyphs)
    {
        var fragments = new List<LineFragment>();
        foreach (List<LocalGlyph> band in Bands(glyphs))
        {
            band.Sort((a, b) => a.U.CompareTo(b.U));
            CutAtWideGaps(band, fragments);
        }

        return fragments;
    }

    private static List<List<LocalGlyph>> Bands(List<LocalGlyph> glyphs)
    {
        var sorted = glyphs.OrderBy(g => g.V).ToList();
        var bands = new List<List<LocalGlyph>>();
        List<LocalGlyph>? band = null;
        double bandBaseline = 0;
        double bandFontSize = 0;
        foreach (LocalGlyph glyph in sorted)
        {
            double tolerance = BaselineToleranceRatio * Math.Min(glyph.FontSize, bandFontSize);
            if (band is null || glyph.V - bandBaseline > tolerance)
            {
                band = [glyph];
                bands.Add(band);
                bandBaseline = glyph.V;
                bandFontSize = glyph.FontSize;
                continue;
            }

            band.Add(glyph);
        }

        return bands;
    }

    private static void CutAtWideGaps(List<LocalGlyph> band, List<LineFragment> fragments)
    {
        var current = new List<LocalGlyph>();
        double right = double.MinValue;
        double lastFontSize = 0;
        foreach (LocalGlyph glyph in band)
        {
            bool printing = !glyph.IsSpace;
            if (printing && current.Count > 0 && right > double.MinValue
                && glyph.U - right > FragmentGapRatio * Math.Max(glyph.FontSize, lastFontSize))
            {
                Add(fragments, current);
                current = [];
                right = double.MinValue;
            }

            current.Add(glyph);
            if (printing)
            {
                right = Math.Max(right, glyph.Right);
                lastFontSize = glyph.FontSize;
            }
        }

        Add(fragments, current);
    }

    private static void Add(List<LineFragment> fragments, List<LocalGlyph> glyphs)
    {
        if (glyphs.Any(g => !g.IsSpace && g.Text.Length > 0))
        {
            var fragment = new LineFragment(glyphs);
            if (fragment.Words.Count > 0)
            {
                fragments.Add(fragment);
            }
        }
    }
}
