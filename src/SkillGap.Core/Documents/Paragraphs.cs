namespace SkillGap.Core.Documents;

/// <summary>
/// Rebuilds paragraphs from wrapped PDF lines: a line continues the one before it when both sit in the same
/// layout block, the earlier one does not end its sentence and its next word would not have fitted on it, and
/// the later one does not start a new bullet, heading or bold title. A line that starts with a dash is a new item only
/// in a list of dash items: elsewhere the dash is the text's own ("AWS Certified SysOps Administrator – Associate"
/// wrapped before its "–"). DOCX lines are paragraphs already.
/// </summary>
internal static class Paragraphs
{
    // A wrapped line fills a good part of its column; short table cells and list entries do not.
    private const double MinimumShare = 0.5;

    public static int[] StartOfEachLine(IReadOnlyList<DocumentLine> lines)
    {
        var starts = new int[lines.Count];
        var blockRight = BlockRightEdges(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = i > 0 && Continues(lines[starts[i - 1]], lines[i - 1], lines[i], blockRight) ? starts[i - 1] : i;
        }

        return starts;
    }

    private static bool Continues(DocumentLine paragraphStart, DocumentLine previous, DocumentLine line, Dictionary<(int Page, int Block), (double Left, double Right)> blocks)
    {
        var hints = line.Hints;
        var dash = StartsWithDash(line.Text);
        if (hints.Block < 0 || previous.Hints.Block != hints.Block || previous.Page != line.Page
            || hints.Bold != previous.Hints.Bold || hints.HeadingLevel > 0 || EndsSentence(previous.Text)
            || (StartsItem(line.Text) && (!dash || StartsItem(paragraphStart.Text))))
        {
            return false;
        }

        var (left, right) = blocks[(line.Page, hints.Block)];
        var width = right - left;
        return width > 0 && hints.Left >= previous.Hints.Left - 1
               && previous.Hints.Right - left >= MinimumShare * width
               && previous.Hints.Right + FirstWordWidth(line, wordsCounted: dash ? 2 : 1) > right;
    }

    /// <summary>
    /// Width of the line's first word (or first two, when the first is a lone dash that a producer keeps with the
    /// next word) plus a space, estimated from the line's average character width: if it would not have fitted after
    /// the previous line, the producer wrapped there.
    /// </summary>
    private static double FirstWordWidth(DocumentLine line, int wordsCounted)
    {
        var text = line.Text.Trim();
        var lineWidth = line.Hints.Right - line.Hints.Left;
        if (text.Length == 0 || lineWidth <= 0)
        {
            return 0;
        }

        var end = -1;
        for (var word = 0; word < wordsCounted; word++)
        {
            var space = text.IndexOf(' ', end + 1);
            end = space < 0 ? text.Length : space;
            if (space < 0)
            {
                break;
            }
        }

        return (end + 1) * lineWidth / text.Length;
    }

    private static Dictionary<(int Page, int Block), (double Left, double Right)> BlockRightEdges(IReadOnlyList<DocumentLine> lines)
    {
        var edges = new Dictionary<(int, int), (double Left, double Right)>();
        foreach (var line in lines.Where(l => l.Hints.Block >= 0))
        {
            var key = (line.Page, line.Hints.Block);
            edges[key] = edges.TryGetValue(key, out var e)
                ? (Math.Min(e.Left, line.Hints.Left), Math.Max(e.Right, line.Hints.Right))
                : (line.Hints.Left, line.Hints.Right);
        }

        return edges;
    }

    private static bool StartsItem(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && (trimmed[0] is '•' or '●' or '▪' or '■' or '◦' or '‣' or '∙' or '·' or '*' or '–' or '—' or '-' or '\uF0B7' or '➢' or '✓' or '►');
    }

    private static bool StartsWithDash(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '–' or '—' or '-';
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':';
    }
}
