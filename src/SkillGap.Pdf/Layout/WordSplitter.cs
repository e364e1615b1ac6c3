namespace SkillGap.Pdf.Layout;

/// <summary>Splits a run of glyphs on one baseline into words at explicit spaces and at gaps a space would leave.</summary>
internal static class WordSplitter
{
    /// <summary>
    /// A gap wider than this share of the font size is a word break. Spaces are a quarter to a third of an em, and
    /// justified TeX lines squeeze them to under a fifth; kerning stays under a tenth, and tracking (char spacing) is
    /// already inside each glyph's advance. TJ offsets that stand in for spaces show up here as gaps.
    /// </summary>
    public const double WordGapRatio = 0.1;

    /// <param name="glyphs">Glyphs sorted along the writing direction.</param>
    public static List<LayoutWord> Split(List<LocalGlyph> glyphs)
    {
        var words = new List<LayoutWord>();

        // A word is a run of consecutive glyphs: [start, i).
        int start = 0;
        double currentRight = double.MinValue;
        for (int i = 0; i < glyphs.Count; i++)
        {
            LocalGlyph glyph = glyphs[i];
            if (glyph.IsSpace)
            {
                Flush(words, glyphs, start, i);
                start = i + 1;
                continue;
            }

            if (i > start)
            {
                double fontSize = Math.Min(glyph.FontSize, glyphs[i - 1].FontSize);
                if (glyph.U - currentRight > WordGapRatio * fontSize)
                {
                    Flush(words, glyphs, start, i);
                    start = i;
                }
            }

            if (i == start)
            {
                currentRight = double.MinValue;
            }

            currentRight = Math.Max(currentRight, glyph.Right);
        }

        Flush(words, glyphs, start, glyphs.Count);
        return words;
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
