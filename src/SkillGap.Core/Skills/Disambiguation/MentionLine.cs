namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>The tokenised line around a mention, with the mention's tokens located and its neighbours at hand.</summary>
internal sealed class MentionLine
{
    private MentionLine(string text, IReadOnlyList<LineToken> tokens, int mentionStart, int mentionEnd)
    {
        Text = text;
        Tokens = tokens;
        MentionStart = mentionStart;
        MentionEnd = mentionEnd;
        FirstIndex = IndexOfFirst(tokens, mentionStart);
        LastIndex = IndexOfLast(tokens, mentionEnd, FirstIndex);
        ClauseFirst = FirstIndex;
        while (ClauseFirst > 0 && !EndsClause(ClauseFirst - 1))
        {
            ClauseFirst--;
        }

        ClauseLast = LastIndex;
        while (ClauseLast < tokens.Count - 1 && !EndsClause(ClauseLast + 1))
        {
            ClauseLast++;
        }
    }

    public string Text { get; }

    public IReadOnlyList<LineToken> Tokens { get; }

    /// <summary>Where the mention starts and ends, relative to <see cref="Text"/>.</summary>
    public int MentionStart { get; }

    public int MentionEnd { get; }

    /// <summary>The first and last token covered by the mention.</summary>
    public int FirstIndex { get; }

    public int LastIndex { get; }

    /// <summary>
    /// The token range of the clause holding the mention: "Sous Chef; today I build Python APIs" is two clauses,
    /// and words in one say little about the other.
    /// </summary>
    public int ClauseFirst { get; }

    public int ClauseLast { get; }

    public LineToken? PreviousWord => WordsBefore(1).Cast<LineToken?>().FirstOrDefault();

    public static MentionLine Around(MentionContext mention)
    {
        var text = mention.Text;
        var lineStart = mention.Start == 0 ? 0 : text.LastIndexOf('\n', mention.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', mention.Start + mention.Length);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var line = text[lineStart..lineEnd].TrimEnd('\r');
        var start = mention.Start - lineStart;
        return new MentionLine(line, LineTokenizer.Tokenize(line), start, start + mention.Length);
    }

    /// <summary>The k-th token to the left of the mention (k = 1 is adjacent), or null past the line's start.</summary>
    public LineToken? Left(int k) => FirstIndex - k >= 0 ? Tokens[FirstIndex - k] : null;

    /// <summary>The k-th token to the right of the mention, or null past the line's end.</summary>
    public LineToken? Right(int k) => LastIndex + k < Tokens.Count ? Tokens[LastIndex + k] : null;

    /// <summary>Up to <paramref name="count"/> word tokens before the mention, nearest first.</summary>
    public IEnumerable<LineToken> WordsBefore(int count)
    {
        var found = 0;
        for (var i = FirstIndex - 1; i >= 0 && found < count; i--)
        {
            if (Tokens[i].IsWord)
            {
                found++;
                yield return Tokens[i];
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> word tokens either side of the mention, within its clause.</summary>
    public IEnumerable<LineToken> ClauseWordsAround(int count) =>
        Tokens.Take(FirstIndex).Skip(ClauseFirst).Where(token => token.IsWord).TakeLast(count)
            .Concat(Tokens.Take(ClauseLast + 1).Skip(LastIndex + 1).Where(token => token.IsWord).Take(count));

    /// <summary>A full stop, semicolon, "!" or "?" followed by a space or the line's end; not the dot in "Node.js".</summary>
    private bool EndsClause(int index)
    {
        var token = Tokens[index];
        return token.Text is "." or ";" or "!" or "?"
            && (token.End >= Text.Length || char.IsWhiteSpace(Text[token.End]));
    }

    private static int IndexOfFirst(IReadOnlyList<LineToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > start)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static int IndexOfLast(IReadOnlyList<LineToken> tokens, int end, int first)
    {
        var last = first;
        for (var i = first; i < tokens.Count && tokens[i].Start < end; i++)
        {
            last = i;
        }

        return last;
    }
}
