namespace SkillGap.Core.Documents;

/// <summary>
/// Rebuilds paragraphs from wrapped PDF lines: a line continues the one before it when both sit in the same
/// layout block, the earlier one runs (nearly) to the block's right edge without ending its sentence, and the
/// later one does not start a new bullet, heading or bold title. DOCX lines are paragraphs already.
/// </summary>
internal static class Paragraphs
{
    private const double FullLineShare = 0.8;

    public static int[] StartOfEachLine(IReadOnlyList<DocumentLine> lines)
    {
        var starts = new int[lines.Count];
        var blockRight = BlockRightEdges(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = i > 0 && Continues(lines[i - 1], lines[i], blockRight) ? starts[i - 1] : i;
        }

        return starts;
    }

    private static bool Continues(DocumentLine previous, DocumentLine line, Dictionary<(int Page, int Block), (double Left, double Right)> blocks)
    {
        var hints = line.Hints;
        if (hints.Block < 0 || previous.Hints.Block != hints.Block || previous.Page != line.Page
            || hints.Bold != previous.Hints.Bold || hints.HeadingLevel > 0 || StartsItem(line.Text) || EndsSentence(previous.Text))
        {
            return false;
        }

        var (left, right) = blocks[(line.Page, hints.Block)];
        var width = right - left;
        return width > 0 && previous.Hints.Right - left >= FullLineShare * width && hints.Left >= previous.Hints.Left - 1;
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

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':' or ';';
    }
}
