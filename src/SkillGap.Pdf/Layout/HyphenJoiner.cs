namespace SkillGap.Pdf.Layout;

/// <summary>Applies <see cref="Hyphenation"/> to consecutive lines of one block: the second half moves up to the first.</summary>
internal static class HyphenJoiner
{
    private static readonly char[] s_trimmed = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’', '•', '·'];

    /// <summary>A line ending within this share of its font size of the block's right edge reaches that edge.</summary>
    private const double EdgeToleranceRatio = 0.2;

    public static List<AssembledLine> Apply(List<AssembledLine> lines)
    {
        HashSet<string> vocabulary = Vocabulary(lines);
        Dictionary<int, double> edges = RightEdges(lines);
        Dictionary<int, int> atEdge = LinesAtEdge(lines, edges);
        var removed = new HashSet<int>();
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            AssembledLine upper = lines[i], lower = lines[i + 1];
            if (upper.Block != lower.Block)
            {
                continue;
            }

            Hyphenation.Join join = Hyphenation.Decide(upper.Text, lower.Text, vocabulary, IsJustified(upper, edges[upper.Block], atEdge[upper.Block]));
            if (join == Hyphenation.Join.None)
            {
                continue;
            }

            int space = lower.Text.IndexOf(' ', StringComparison.Ordinal);
            string tail = space < 0 ? lower.Text : lower.Text[..space];
            string head = join == Hyphenation.Join.RemoveHyphen ? upper.Text[..^1] : upper.Text;
            upper.Text = head + tail;
            lower.Text = space < 0 ? string.Empty : lower.Text[(space + 1)..];
            if (lower.Text.Length == 0)
            {
                removed.Add(i + 1);
            }
        }

        return removed.Count == 0 ? lines : lines.Where((_, index) => !removed.Contains(index)).ToList();
    }

    private static Dictionary<int, double> RightEdges(List<AssembledLine> lines)
    {
        var edges = new Dictionary<int, double>();
        foreach (AssembledLine line in lines)
        {
            edges[line.Block] = Math.Max(edges.GetValueOrDefault(line.Block, double.MinValue), line.Right);
        }

        return edges;
    }

    private static bool ReachesEdge(AssembledLine line, double edge) => line.Right >= edge - (EdgeToleranceRatio * line.FontSize);

    /// <summary>How many lines of each block reach its right edge (counted once, so a page of many lines stays linear).</summary>
    private static Dictionary<int, int> LinesAtEdge(List<AssembledLine> lines, Dictionary<int, double> edges)
    {
        var counts = new Dictionary<int, int>();
        foreach (AssembledLine line in lines)
        {
            counts[line.Block] = counts.GetValueOrDefault(line.Block) + (ReachesEdge(line, edges[line.Block]) ? 1 : 0);
        }

        return counts;
    }

    /// <summary>The line reaches its block's right edge, and so does another line of the block: justified text.</summary>
    private static bool IsJustified(AssembledLine line, double edge, int linesAtEdge) => ReachesEdge(line, edge) && linesAtEdge >= 2;

    /// <summary>Every word of the page, lower-cased and stripped of surrounding punctuation, line-end halves included.</summary>
    private static HashSet<string> Vocabulary(List<AssembledLine> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            string[] parts = lines[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int k = 0; k < parts.Length; k++)
            {
                bool brokenAtEnd = k == parts.Length - 1 && parts[k].EndsWith('-');
                bool continuesBrokenWord = k == 0 && i > 0 && lines[i - 1].Text.EndsWith('-');
                if (brokenAtEnd || continuesBrokenWord)
                {
                    continue;
                }

                string word = parts[k].Trim(s_trimmed).ToLowerInvariant();
                if (word.Length > 0)
                {
                    words.Add(word);
                    foreach (string piece in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
                    {
                        words.Add(piece);
                    }
                }
            }
        }

        return words;
    }
}
