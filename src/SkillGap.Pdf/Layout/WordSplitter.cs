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
        var current = new List<LocalGlyph>();
        double currentRight = double.MinValue;
        foreach (LocalGlyph glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                Flush(words, ref current);
                continue;
            }

            if (current.Count > 0)
            {
                double fontSize = Math.Min(glyph.FontSize, current[^1].FontSize);
                if (glyph.U - currentRight > WordGapRatio * fontSize)
                {
                    Flush(words, ref current);
                }
            }

            if (current.Count == 0)
            {
                currentRight = double.MinValue;
            }

            current.Add(glyph);
            currentRight = Math.Max(currentRight, glyph.Right);
        }

        Flush(words, ref current);
        return words;
    }

    private static void Flush(List<LayoutWord> words, ref List<LocalGlyph> current)
    {
        if (current.Count == 0)
        {
            return;
        }

        var word = new LayoutWord(current);
        if (word.Text.Length > 0)
        {
            words.Add(word);
        }

        current = [];
    }
}
