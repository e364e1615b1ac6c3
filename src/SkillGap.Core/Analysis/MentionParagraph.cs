using SkillGap.Core.Documents;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// One paragraph as the mention finder sees it, computed once for all the matches inside it: its text, the clouds
/// it names and how many unambiguous skills it holds.
/// </summary>
internal sealed class MentionParagraph
{
    /// <summary>
    /// Context and evidence come from at most this many characters on each side of a mention. Longer than any real
    /// resume paragraph, so ordinary documents read exactly as before; a hostile one-line list of thousands of
    /// mentions costs the same per mention however long the line is.
    /// </summary>
    internal const int WindowRadius = 500;

    private readonly string _text;
    private readonly int _start;

    private MentionParagraph(Range lines, string text, int start, HashSet<string> clouds, int unambiguousCount)
    {
        Lines = lines;
        _text = text;
        _start = start;
        Clouds = clouds;
        UnambiguousCount = unambiguousCount;
    }

    public Range Lines { get; }

    /// <summary>The clouds the paragraph's matches name (see <see cref="CloudQualifiedAliases.CloudsNamed"/>).</summary>
    public HashSet<string> Clouds { get; }

    /// <summary>Unambiguous skill and certification matches in the paragraph: the rules' "other skills nearby".</summary>
    public int UnambiguousCount { get; }

    /// <param name="first">Index of the paragraph's first match; matches are in text order.</param>
    public static MentionParagraph At(ExtractedDocument document, Range lines, List<AliasMatch> matches, int[] lineOf, int first)
    {
        var end = first;
        var unambiguous = 0;
        while (end < matches.Count && lineOf[end] < lines.End.Value)
        {
            unambiguous += matches[end].Ambiguous ? 0 : 1;
            end++;
        }

        var clouds = CloudQualifiedAliases.CloudsNamed(matches.Skip(first).Take(end - first));
        var text = document.ParagraphText(lines, out var start);
        return new MentionParagraph(lines, text, start, clouds, unambiguous);
    }

    /// <summary>The paragraph, or for a very long one the words within <see cref="WindowRadius"/> of the offset.</summary>
    /// <param name="documentOffset">An offset into the document's text inside this paragraph.</param>
    public (string Text, int Start) WindowAround(int documentOffset)
    {
        if (_text.Length <= 2 * WindowRadius)
        {
            return (_text, _start);
        }

        var offset = documentOffset - _start;
        var from = Math.Max(0, offset - WindowRadius);
        var to = Math.Min(_text.Length, offset + WindowRadius);

        // Cut at spaces so no word is split in half.
        if (from > 0 && _text.IndexOf(' ', from, Math.Min(WindowRadius / 2, offset - from)) is var space and >= 0)
        {
            from = space + 1;
        }

        if (to < _text.Length && _text.LastIndexOf(' ', to - 1, WindowRadius / 2) is var spaceAfter and >= 0)
        {
            to = spaceAfter;
        }

        return (_text[from..to], _start + from);
    }
}
