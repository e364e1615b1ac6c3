using SkillGap.Pdf.Structure;

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

    /// <summary>A bullet or icon keeps its text even across a wide indent, up to this many ems.</summary>
    private const double MarkerGapRatio = 4;

    /// <summary>Drawing that moves back by more than this share of an em starts another run of text.</summary>
    private const double BacktrackRatio = 0.3;

    public static List<LineFragment> Build(List<LocalGlyph> glyphs, ReadBudget? budget = null)
    {
        var fragments = new List<LineFragment>();
        foreach (List<LocalGlyph> band in Bands(glyphs))
        {
            foreach (List<LocalGlyph> piece in SeparateOverlappingRuns(band, budget))
            {
                // List.Sort is unstable: glyphs at the same position (a zero-width space and the letter after it, an
                // accent and its letter) keep the order they were drawn in.
                piece.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.Sequence.CompareTo(b.Sequence));
                CutAtWideGaps(piece, fragments);
            }
        }

        return fragments;
    }

    private static List<List<LocalGlyph>> Bands(List<LocalGlyph> glyphs)
    {
        var sorted = new List<LocalGlyph>(glyphs);
        StableSort.By(sorted, g => g.V);
        var bands = new List<List<LocalGlyph>>();
        int bandStart = 0;
        double bandBaseline = 0;
        double bandFontSize = 0;
        for (int i = 0; i < sorted.Count; i++)
        {
            LocalGlyph glyph = sorted[i];
            double tolerance = BaselineToleranceRatio * Math.Min(glyph.FontSize, bandFontSize);
            if (i == 0 || glyph.V - bandBaseline > tolerance)
            {
                // A band is a run of the sorted glyphs; each is copied out once, at its exact size.
                AddRange(bands, sorted, bandStart, i);
                bandStart = i;
                bandBaseline = glyph.V;
                bandFontSize = glyph.FontSize;
            }
        }

        AddRange(bands, sorted, bandStart, sorted.Count);
        return bands;
    }

    private static void AddRange(List<List<LocalGlyph>> lists, List<LocalGlyph> glyphs, int start, int end)
    {
        if (end > start)
        {
            lists.Add(glyphs.GetRange(start, end - start));
        }
    }

    /// <summary>
    /// Text that overflows a table cell and runs into the next one, or a misplaced run, overlaps other text on the same
    /// baseline. Sorting such glyphs by position alone would shuffle two strings letter by letter, so the band is first
    /// cut into runs in drawing order, and runs that overlap one another are kept apart.
    /// </summary>
    private static List<List<LocalGlyph>> SeparateOverlappingRuns(List<LocalGlyph> band, ReadBudget? budget)
    {
        var runs = new List<List<LocalGlyph>>();
        int runStart = 0;
        double right = double.MinValue;
        StableSort.By(band, g => g.Sequence);
        for (int i = 0; i < band.Count; i++)
        {
            LocalGlyph glyph = band[i];
            if (i > 0 && glyph.U < right - (BacktrackRatio * glyph.FontSize))
            {
                AddRange(runs, band, runStart, i);
                runStart = i;
                right = double.MinValue;
            }

            if (!glyph.IsSpace)
            {
                right = Math.Max(right, glyph.Right);
            }
        }

        // One run (the usual case) is the whole band, already in drawing order.
        if (runStart == 0)
        {
            return [band];
        }

        AddRange(runs, band, runStart, band.Count);

        var pieces = new List<Piece>();
        foreach (List<LocalGlyph> r in runs.OrderBy(Left))
        {
            budget?.Spend(pieces.Count + r.Count);
            double left = Left(r), end = RightOf(r), slack = BacktrackRatio * r[0].FontSize;
            Piece? host = pieces.Find(p => left >= p.Right - slack || end <= p.Left + slack);
            if (host is null)
            {
                pieces.Add(new Piece(r, left, end));
            }
            else
            {
                host.Add(r, left, end);
            }
        }

        return pieces.Select(p => p.Glyphs).ToList();
    }

    private static double Left(List<LocalGlyph> run) => run.Where(g => !g.IsSpace).Select(g => g.U).DefaultIfEmpty(run[0].U).Min();

    private static double RightOf(List<LocalGlyph> run) => run.Where(g => !g.IsSpace).Select(g => g.Right).DefaultIfEmpty(run[0].Right).Max();

    private static void CutAtWideGaps(List<LocalGlyph> piece, List<LineFragment> fragments)
    {
        // The current fragment is piece[start..i), copied out only when it is complete.
        int start = 0;
        double right = double.MinValue;
        double lastFontSize = 0;
        for (int i = 0; i < piece.Count; i++)
        {
            LocalGlyph glyph = piece[i];
            bool printing = !glyph.IsSpace;
            if (printing && i > start && right > double.MinValue)
            {
                double gap = glyph.U - right;
                double em = Math.Max(glyph.FontSize, lastFontSize);
                if (gap > FragmentGapRatio * em && !(gap <= MarkerGapRatio * em && IsMarker(piece.GetRange(start, i - start))))
                {
                    Add(fragments, piece, start, i);
                    start = i;
                    right = double.MinValue;
                }
            }

            if (printing)
            {
                right = Math.Max(right, glyph.Right);
                lastFontSize = glyph.FontSize;
            }
        }

        Add(fragments, piece, start, piece.Count);
    }

    /// <summary>A list bullet, an icon or a short enumerator ("1.", "a)") that introduces the text after it.</summary>
    private static bool IsMarker(List<LocalGlyph> glyphs)
    {
        if (glyphs.Count > 8)
        {
            return false;
        }

        string text = string.Concat(glyphs.Where(g => !g.IsSpace).Select(g => g.Text));
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        bool symbolsOnly = !text.Any(char.IsLetterOrDigit);
        bool enumerator = text.Length >= 2 && (text[^1] is '.' or ')') && text[..^1].All(char.IsLetterOrDigit);
        return symbolsOnly || enumerator;
    }

    private static void Add(List<LineFragment> fragments, List<LocalGlyph> piece, int start, int end)
    {
        bool anyText = false;
        for (int i = start; i < end && !anyText; i++)
        {
            anyText = !piece[i].IsSpace && piece[i].Text.Length > 0;
        }

        if (anyText)
        {
            // A piece without wide gaps is one fragment: the fragment takes the piece's list as it is.
            var fragment = new LineFragment(start == 0 && end == piece.Count ? piece : piece.GetRange(start, end - start));
            if (fragment.Words.Count > 0)
            {
                fragments.Add(fragment);
            }
        }
    }

    /// <summary>Runs gathered into one non-overlapping stretch of a band.</summary>
    private sealed class Piece(List<LocalGlyph> glyphs, double left, double right)
    {
        public List<LocalGlyph> Glyphs { get; } = glyphs;

        public double Left { get; private set; } = left;

        public double Right { get; private set; } = right;

        public void Add(List<LocalGlyph> run, double left, double right)
        {
            Glyphs.AddRange(run);
            Left = Math.Min(Left, left);
            Right = Math.Max(Right, right);
        }
    }
}
