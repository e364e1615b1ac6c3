namespace SkillGap.Pdf.Layout;

/// <summary>
/// Glyphs come in visual order, left to right. Hebrew and Arabic are read right to left, so their words are reversed
/// back into logical order, and a line made mostly of such words has its word order reversed too. A minimal bidi: no
/// embedding levels, which resumes (a name or a city in Arabic script among Latin text) do not need.
/// </summary>
internal static class BidiOrder
{
    public static List<string> Logical(IReadOnlyList<string> visualWords)
    {
        var words = new List<string>(visualWords.Count);
        int rightToLeft = 0;
        foreach (string word in visualWords)
        {
            if (IsRightToLeft(word))
            {
                rightToLeft++;
                char[] chars = word.ToCharArray();
                Array.Reverse(chars);
                words.Add(new string(chars));
            }
            else
            {
                words.Add(word);
            }
        }

        if (2 * rightToLeft > visualWords.Count)
        {
            words.Reverse();
        }

        return words;
    }

    private static bool IsRightToLeft(string word)
    {
        int strong = 0, rtl = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            strong++;
            bool hebrewOrArabic = c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
            rtl += hebrewOrArabic ? 1 : 0;
        }

        return strong > 0 && 2 * rtl > strong;
    }
}
