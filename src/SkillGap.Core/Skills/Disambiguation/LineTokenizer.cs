namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Splits a line into words and punctuation marks; whitespace separates and is dropped.</summary>
internal static class LineTokenizer
{
    public static IReadOnlyList<LineToken> Tokenize(string line)
    {
        var tokens = new List<LineToken>();
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(line[i]))
            {
                tokens.Add(new LineToken(i, line[i].ToString(), IsWord: false));
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            tokens.Add(new LineToken(start, line[start..i], IsWord: true));
        }

        return tokens;
    }
}
