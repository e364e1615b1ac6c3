using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SkillGap.Cli.PdfQuality;

/// <summary>Text → comparable tokens: lower-cased runs of letters and digits, after undoing line-end hyphenation.</summary>
internal static partial class Tokenizer
{
    public static List<string> Tokens(string text)
    {
        // Both sides are normalised the same way, so a hyphenation choice (ours or poppler's) costs neither side.
        string joined = LineEndHyphen().Replace(text, "$1$2");
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

    [GeneratedRegex(@"(\p{L})-[ \t]*\r?\n[ \t\f]*(\p{Ll})")]
    private static partial Regex LineEndHyphen();
}
