namespace SkillGap.Pdf.Layout;

/// <summary>Numbers blocks: lines in reading order start a new block at a column change, a wide gap or a change of size.</summary>
internal static class BlockAssigner
{
    // Ordinary leading leaves under half an em between one line's descent and the next line's ascent.
    private const double ParagraphGapRatio = 0.65;
    private const double FontChangeRatio = 1.15;

    public static void Assign(List<AssembledLine> lines)
    {
        int block = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0 && StartsBlock(lines[i - 1], lines[i]))
            {
                block++;
            }

            lines[i].Block = block;
        }
    }

    private static bool StartsBlock(AssembledLine previous, AssembledLine line)
    {
        double size = Math.Max(previous.FontSize, line.FontSize);
        double gap = line.Top - previous.Bottom;
        double ratio = Math.Max(previous.FontSize, line.FontSize) / Math.Max(0.1, Math.Min(previous.FontSize, line.FontSize));
        bool overlapHorizontally = line.Left < previous.Right && previous.Left < line.Right;
        return line.Region != previous.Region
            || gap > ParagraphGapRatio * size
            || gap < -0.5 * size
            || ratio > FontChangeRatio
            || !overlapHorizontally;
    }
}
