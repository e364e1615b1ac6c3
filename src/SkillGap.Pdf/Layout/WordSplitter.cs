namespace SkillGap.Pdf.Layout;

/// <summary>
/// Splits a run of glyphs on one baseline into words at explicit spaces and at gaps a space would leave, then joins
/// letter-spaced runs back into words (<see cref="LetterSpacing"/>).
/// </summary>
internal static class WordSplitter
{
    /// <summary>
    /// A gap wider than this share of the font size is a word break. Spaces are a quarter to a third of an em, and
    /// justified TeX lines squeeze them to under a fifth; kerning stays under a tenth, and tracking set with the PDF's
    /// character spacing is already inside each glyph's advance. TJ offsets that stand in for spaces show up here as
    /// gaps, and so does tracking a producer positions glyph by glyph, which <see cref="LetterSpacing"/> takes back.
    /// </summary>
    public const double WordGapRatio = 0.1;

    /// <param name="glyphs">Glyphs sorted along the writing direction.</param>
    public static List<LayoutWord> Split(List<LocalGlyph> glyphs)
    {
        var words = new List<LayoutWord>();
        var pieceStarts = new List<int>();
        var pieces = new List<LetterSpacing.Piece>();
        bool chunkBefore = false;
        int i = 0;
        while (i < glyphs.Count)
        {
            if (glyphs[i].IsSpace)
            {
                i++;
                continue;
            }

            // A chunk is a run of glyphs between explicit spaces: [start, end).
            int start = i;
            while (i < glyphs.Count && !glyphs[i].IsSpace)
            {
                i++;
            }

            int end = i;
            bool chunkAfter = false;
            for (int k = end; k < glyphs.Count && !chunkAfter; k++)
            {
                chunkAfter = !glyphs[k].IsSpace;
            }

            Pieces(glyphs, start, end, pieceStarts, pieces);
            if (HasShortRun(pieces))
            {
                List<int> wordStarts = LetterSpacing.WordStarts(pieces, chunkBefore || chunkAfter);
                for (int w = 0; w < wordStarts.Count; w++)
                {
                    int wordEnd = w + 1 < wordStarts.Count ? pieceStarts[wordStarts[w + 1]] : end;
                    Flush(words, glyphs, pieceStarts[wordStarts[w]], wordEnd);
                }
            }
            else
            {
                for (int p = 0; p < pieceStarts.Count; p++)
                {
                    Flush(words, glyphs, pieceStarts[p], p + 1 < pieceStarts.Count ? pieceStarts[p + 1] : end);
                }
            }

            chunkBefore = true;
        }

        return words;
    }

    /// <summary>Cuts the chunk [start, end) at gaps wider than <see cref="WordGapRatio"/>.</summary>
    private static void Pieces(List<LocalGlyph> glyphs, int start, int end, List<int> pieceStarts, List<LetterSpacing.Piece> pieces)
    {
        pieceStarts.Clear();
        pieces.Clear();
        int pieceStart = start;
        double gapBefore = 0;
        double currentRight = double.MinValue;
        for (int i = start; i < end; i++)
        {
            LocalGlyph glyph = glyphs[i];
            if (i > pieceStart)
            {
                double fontSize = Math.Min(glyph.FontSize, glyphs[i - 1].FontSize);
                double gap = glyph.U - currentRight;
                if (gap > WordGapRatio * fontSize)
                {
                    Add(glyphs, pieceStart, i, gapBefore, pieceStarts, pieces);
                    pieceStart = i;
                    gapBefore = gap / fontSize;
                    currentRight = double.MinValue;
                }
            }

            currentRight = Math.Max(currentRight, glyph.Right);
        }

        Add(glyphs, pieceStart, end, gapBefore, pieceStarts, pieces);
    }

    private static void Add(List<LocalGlyph> glyphs, int start, int end, double gapBefore, List<int> pieceStarts, List<LetterSpacing.Piece> pieces)
    {
        // Only cased scripts are letter-spaced into words: CJK is written without spaces, where a gap is no word break anyway.
        bool casedOrDigit = false, upperCase = true;
        for (int i = start; i < end; i++)
        {
            foreach (char c in glyphs[i].Text)
            {
                casedOrDigit |= char.IsUpper(c) || char.IsLower(c) || char.IsDigit(c);
                upperCase &= !char.IsLower(c);
            }
        }

        pieceStarts.Add(start);
        pieces.Add(new LetterSpacing.Piece(end - start, casedOrDigit, upperCase, gapBefore));
    }

    /// <summary>Whether any run of pieces could be letter-spaced: at least three in a row of one or two glyphs.</summary>
    private static bool HasShortRun(List<LetterSpacing.Piece> pieces)
    {
        int run = 0;
        foreach (LetterSpacing.Piece piece in pieces)
        {
            run = piece.Glyphs <= 2 ? run + 1 : 0;
            if (run >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(List<LayoutWord> words, List<LocalGlyph> glyphs, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var word = LayoutWord.From(glyphs, start, end - start);
        if (word.Text.Length > 0)
        {
            words.Add(word);
        }
    }
}
