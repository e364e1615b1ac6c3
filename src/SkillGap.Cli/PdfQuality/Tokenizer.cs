using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// Text → comparable tokens: lower-cased runs of letters and digits, after joining words across hyphens and spelling out
/// ligature characters.
/// </summary>
internal static partial class Tokenizer
{
    /// <summary>U+FB00–FB06 spelled out: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ.</summary>
    private static readonly string[] s_ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    public static List<string> Tokens(string text)
    {
        // A hyphen between letters joins them, mid-line or across a line end, on both sides alike: whether "on-call" or
        // "Cloud-/Front" was broken at a line end is the producer's choice, and a reader that keeps or removes such a
        // hyphen should score the same as poppler, which keeps the line break. (The cost: the metric cannot tell an
        // author's hyphen we wrongly dropped, "foodsafety", from one we kept.)
        string joined = HyphenBetweenLetters().Replace(ExpandLigatures(text), "$1");
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (char c in joined)
        {
            // Combining marks stay in their token: poppler writes some accents decomposed, and "e\u0301" must not split.
            if (char.IsLetterOrDigit(c) || (current.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>
    /// Our reader spells ligatures out (ﬁ → fi, as the reader's spec asks); poppler keeps the presentation forms U+FB00–FB06.
    /// Both sides spelled out, "ﬁndings" and "findings" are the same word. (A table: the build is globalization-invariant,
    /// so string.Normalize would not decompose them.)
    /// </summary>
    private static string ExpandLigatures(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFB00', '\uFB06'))
        {
            return text;
        }

        var expanded = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c is >= '\uFB00' and <= '\uFB06')
            {
                expanded.Append(s_ligatures[c - '\uFB00']);
            }
            else
            {
                expanded.Append(c);
            }
        }

        return expanded.ToString();
    }

    [GeneratedRegex(@"(\p{L})[-\u00AD\u2010](?:[ \t]*\r?\n[ \t\f]*)?(?=\p{L})")]
    private static partial Regex HyphenBetweenLetters();
}
