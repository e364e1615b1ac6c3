namespace SkillGap.Pdf.Layout;

/// <summary>
/// TeX without a T1 font encoding (and some old producers) draws "é" as a letter plus a separate accent glyph placed
/// over it. Such pairs become the one precomposed letter a reader sees.
/// </summary>
internal static class AccentMerger
{
    // The accent and its letter are drawn right after one another; looking a few glyphs away covers kerning moves.
    private const int Neighbourhood = 3;

    /// <param name="glyphs">Glyphs of one text frame, in content-stream order.</param>
    public static List<LocalGlyph> Merge(List<LocalGlyph> glyphs)
    {
        var removed = new bool[glyphs.Count];
        bool any = false;
        for (int i = 0; i < glyphs.Count; i++)
        {
            LocalGlyph accent = glyphs[i];
            if (!AccentTable.IsStandaloneAccent(accent.Text))
            {
                continue;
            }

            int letter = FindLetterUnder(glyphs, removed, i);
            if (letter < 0)
            {
                continue;
            }

            string? composed = AccentTable.Compose(glyphs[letter].Text, accent.Text);
            if (composed is null)
            {
                continue;
            }

            glyphs[letter].Text = composed;
            removed[i] = true;
            any = true;
        }

        return any ? glyphs.Where((_, index) => !removed[index]).ToList() : glyphs;
    }

    private static int FindLetterUnder(List<LocalGlyph> glyphs, bool[] removed, int accentIndex)
    {
        LocalGlyph accent = glyphs[accentIndex];
        double centre = accent.U + (accent.Width / 2);
        int from = Math.Max(0, accentIndex - Neighbourhood);
        int to = Math.Min(glyphs.Count - 1, accentIndex + Neighbourhood);
        for (int distance = 1; distance <= Neighbourhood; distance++)
        {
            foreach (int candidate in new[] { accentIndex + distance, accentIndex - distance })
            {
                if (candidate < from || candidate > to || removed[candidate])
                {
                    continue;
                }

                LocalGlyph letter = glyphs[candidate];
                if (letter.Text.Length != 1 || !char.IsLetter(letter.Text[0]))
                {
                    continue;
                }

                // The accent sits above (or, for a cedilla, below) the letter, centred within its advance.
                double slack = 0.05 * letter.FontSize;
                bool overLetter = centre >= letter.U - slack && centre <= letter.Right + slack;
                bool closeVertically = Math.Abs(accent.V - letter.V) <= 0.8 * letter.FontSize;
                if (overLetter && closeVertically)
                {
                    return candidate;
                }
            }
        }

        return -1;
    }
}
