namespace SkillGap.Core.Skills;

/// <summary>
/// Splits text into words and single punctuation marks, keeping the symbols that are part of technical
/// names: C#, F#, C++, .NET, ASP.NET, Node.js, k8s, 3.11. Dashes of every kind become "-".
/// </summary>
public static class Tokenizer
{
    private const string SoftHyphen = "\u00AD";

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c) || IsLeadingDot(text, i))
            {
                i = WordEnd(text, i + 1);
                var word = text[start..i];
                tokens.Add(new Token(start, word, word.Replace(SoftHyphen, "", StringComparison.Ordinal).ToLowerInvariant(), true));
                continue;
            }

            var mark = IsDash(c) ? "-" : c.ToString();
            tokens.Add(new Token(start, text[start..(i + 1)], mark, false));
            i++;
        }

        return tokens;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (c == '\u00AD' && IsWordChar(text, i + 1)))
            {
                i++; // a soft hyphen is an invisible break opportunity, not a character of the word
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]))
            {
                i++; // Node.js, ASP.NET, 3.11 — but not the full stop ending a sentence.
            }
            else if (c == '#' && char.IsLetter(text[i - 1]) && !IsWordChar(text, i + 1))
            {
                return i + 1; // C#, F#
            }
            else if (c == '+' && i + 1 < text.Length && text[i + 1] == '+' && char.IsLetter(text[i - 1]) && !IsWordChar(text, i + 2))
            {
                return i + 2; // C++
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static bool IsLeadingDot(string text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static bool IsWordChar(string text, int i) => i < text.Length && char.IsLetterOrDigit(text[i]);

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
