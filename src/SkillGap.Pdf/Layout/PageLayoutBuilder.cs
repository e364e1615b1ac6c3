using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

internal static class PageLayoutBuilder
{
    /// <summary>
    /// Glyphs of one page → lines in reading order. Stages: readable glyphs → per writing direction, a local frame →
    /// fake-bold copies and stand-alone accents merged → line fragments (words on one baseline) with their
    /// superscripts → reading order (columns) → lines, blocks, hyphenation. Horizontal text comes first, then each
    /// rotated direction (margin notes, vertical sidebars) in its own order.
    /// </summary>
    public static IReadOnlyList<PdfTextLine> Build(IReadOnlyList<PositionedGlyph> glyphs, double pageWidth, double pageHeight)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        _ = pageWidth;
        _ = pageHeight;

        List<PositionedGlyph> readable = GlyphCleanup.SelectReadable(glyphs);
        var lines = new List<PdfTextLine>();
        int blockOffset = 0;
        foreach (IGrouping<int, PositionedGlyph> direction in readable
            .GroupBy(g => TextFrame.NormalizeAngle(g.Angle))
            .OrderBy(group => group.Key == 0 ? 0 : 1)
            .ThenByDescending(group => group.Count()))
        {
            var frame = new TextFrame(direction.Key);
            List<AssembledLine> assembled = BuildDirection(direction.OrderBy(g => g.Sequence), frame);
            foreach (AssembledLine line in assembled)
            {
                PdfRect bounds = frame.ToPageBounds(line.Left, line.Top, line.Right, line.Bottom);
                lines.Add(new PdfTextLine(line.Text, bounds, Math.Round(line.FontSize, 2), line.Bold, line.Block + blockOffset));
            }

            blockOffset = lines.Count == 0 ? 0 : lines[^1].Block + 1;
        }

        return lines;
    }

    private static List<AssembledLine> BuildDirection(IEnumerable<PositionedGlyph> glyphs, TextFrame frame)
    {
        List<LocalGlyph> local = glyphs.Select(g => LocalGlyph.From(g, frame)).ToList();
        local = AccentMerger.Merge(GlyphCleanup.RemoveFakeBold(local));
        List<LineFragment> fragments = ScriptMerger.Merge(FragmentBuilder.Build(local));
        if (fragments.Count == 0)
        {
            return [];
        }

        List<AssembledLine> lines = ReadingOrder.Arrange(fragments).Select(AssembledLine.From).ToList();
        BlockAssigner.Assign(lines);
        return HyphenJoiner.Apply(lines);
    }
}
