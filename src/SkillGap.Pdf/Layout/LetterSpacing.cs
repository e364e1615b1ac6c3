namespace SkillGap.Pdf.Layout;

/// <summary>
/// Letter-spaced text (CSS letter-spacing, LaTeX <c>\so</c> and <c>\textls</c>, Writer's character spacing) sets its
/// letters apart by more than <see cref="WordSplitter.WordGapRatio"/>, so the gap rule cuts "JARED" into "J A R E D".
/// Such a run is recognised from the glyph positions: short pieces (one or two glyphs) whose gaps are regular, and
/// smaller than the gaps between the words around them. Its pieces are joined where the gap is a letter gap and stay
/// apart where it is a word gap.
/// </summary>
internal static class LetterSpacing
{
    /// <summary>A gap within a letter-spaced word may exceed the run's typical gap by this share of an em (kerning).</summary>
    private const double KerningNoise = 0.1;

    /// <summary>No producer tracks letters by more than this share of an em; wider gaps are spaces or cells.</summary>
    private const double MaxTracking = 0.6;

    /// <summary>
    /// Below this share of an em a gap is narrower than any word space (a squeezed justified space stays above a
    /// fifth of an em), so regular gaps this small are tracking even with no word gap on the line to compare with.
    /// </summary>
    private const double NarrowerThanASpace = 0.2;

    /// <summary>A letter-spaced run has at least this many pieces (two gaps to call regular).</summary>
    private const int MinPieces = 3;

    /// <summary>
    /// Pieces of one chunk (glyphs between explicit spaces), each separated from the one before by a gap wider than a
    /// word gap. Returns the indexes of the pieces that start a word, in order: all of them unless a letter-spaced run
    /// is found.
    /// </summary>
    /// <param name="pieces">The chunk's pieces in order (see <see cref="Piece"/>).</param>
    /// <param name="spaceAround">The chunk touches an explicit space glyph: the producer writes spaces, so a gap inside the chunk is not a space.</param>
    public static List<int> WordStarts(IReadOnlyList<Piece> pieces, bool spaceAround)
    {
        var starts = new List<int>(pieces.Count);
        for (int i = 0; i < pieces.Count; i++)
        {
            starts.Add(i);
        }

        if (pieces.Count < MinPieces)
        {
            return starts;
        }

        var joined = new bool[pieces.Count];
        int runStart = 0;
        while (runStart < pieces.Count)
        {
            if (pieces[runStart].Glyphs > 2)
            {
                runStart++;
                continue;
            }

            int runEnd = runStart;
            while (runEnd < pieces.Count && pieces[runEnd].Glyphs <= 2)
            {
                runEnd++;
            }

            MarkLetterGaps(pieces, runStart, runEnd, spaceAround, joined);
            runStart = runEnd;
        }

        return starts.Where(i => !joined[i]).ToList();
    }

    /// <summary>Marks the pieces of run [start, end) that continue the word before them, if the run is letter-spaced.</summary>
    private static void MarkLetterGaps(IReadOnlyList<Piece> pieces, int start, int end, bool spaceAround, bool[] joined)
    {
        int count = end - start;
        if (count < MinPieces)
        {
            return;
        }

        int singles = 0, withText = 0;
        bool upperCase = true;
        for (int i = start; i < end; i++)
        {
            singles += pieces[i].Glyphs == 1 ? 1 : 0;
            withText += pieces[i].CasedLetterOrDigit ? 1 : 0;
            upperCase &= pieces[i].UpperCase;
        }

        // Mostly single letters: two-glyph pieces are letters a kerning pair brought under the word gap ("JA R E D").
        if (singles * 3 < count * 2 || withText * 3 < count * 2)
        {
            return;
        }

        var inside = new List<double>(count - 1);
        for (int i = start + 1; i < end; i++)
        {
            inside.Add(pieces[i].GapBefore);
        }

        double tracking = Median(inside);
        if (tracking > MaxTracking)
        {
            return;
        }

        // Gaps to compare the letters' with: word gaps inside the run, and the gaps between the chunk's other pieces.
        var words = new List<double>();
        for (int i = 1; i < pieces.Count; i++)
        {
            bool inRun = i > start && i < end;
            if (!inRun || pieces[i].GapBefore > tracking + KerningNoise)
            {
                words.Add(pieces[i].GapBefore);
            }
        }

        bool letterSpaced = spaceAround
            || (words.Count > 0 ? tracking + KerningNoise <= Median(words) : tracking < NarrowerThanASpace || upperCase);
        if (!letterSpaced)
        {
            return;
        }

        for (int i = start + 1; i < end; i++)
        {
            joined[i] = pieces[i].GapBefore <= tracking + KerningNoise;
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[(values.Count - 1) / 2];
    }

    /// <summary>A run of glyphs with no gap wider than a word gap inside it.</summary>
    /// <param name="Glyphs">How many glyphs it has.</param>
    /// <param name="CasedLetterOrDigit">Whether its text holds a digit or a letter of a cased script (Latin, Greek, Cyrillic...).</param>
    /// <param name="UpperCase">Whether none of its letters is lower case.</param>
    /// <param name="GapBefore">The gap before it in ems of the smaller font; 0 for a chunk's first piece.</param>
    internal readonly record struct Piece(int Glyphs, bool CasedLetterOrDigit, bool UpperCase, double GapBefore);
}
