using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

internal static class PageLayoutBuilder
{
    /// <summary>
    /// Glyphs of one page → lines in reading order. Stages: readable glyphs → per writing direction, a local frame →
    /// fake-bold copies and stand-alone accents merged → line fragments (words on one baseline) with their
    /// superscripts → reading order (columns) → lines, blocks, hyphenation. The directions are then read in the order
    /// <see cref="DirectionOrder"/> gives them: by where they stand on the page, or else horizontal text first. Stages
    /// whose cost grows faster than the glyph count report their work to <paramref name="budget"/>, so a hostile page
    /// stops at the deadline.
    /// </summary>
    public static IReadOnlyList<PdfTextLine> Build(IReadOnlyList<PositionedGlyph> glyphs, double pageWidth, double pageHeight, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        _ = pageWidth;
        _ = pageHeight;

        bool anyVisible = GlyphCleanup.AnyVisible(glyphs);
        int[] order = SequenceOrder(glyphs);
        int[] angles = ReadableAngles(glyphs, anyVisible);
        var byDirection = new List<List<PdfTextLine>>();
        foreach (Direction direction in Directions(angles))
        {
            var frame = new TextFrame(direction.Angle);

            // One pass builds the frame's glyphs in drawing order, without copying the page's glyphs per stage.
            var local = new List<LocalGlyph>(direction.Count);
            foreach (int index in order)
            {
                if (angles[index] == direction.Angle)
                {
                    local.Add(LocalGlyph.From(glyphs[index], frame));
                }
            }

            List<AssembledLine> assembled = BuildDirection(local, budget);
            var directionLines = new List<PdfTextLine>(assembled.Count);
            foreach (AssembledLine line in assembled)
            {
                PdfRect bounds = frame.ToPageBounds(line.Left, line.Top, line.Right, line.Bottom);
                directionLines.Add(new PdfTextLine(line.Text, bounds, Math.Round(line.FontSize, 2), line.Bold, line.Block));
            }

            if (directionLines.Count > 0)
            {
                byDirection.Add(directionLines);
            }
        }

        return byDirection.Count == 1 ? byDirection[0] : Concatenate(byDirection);
    }

    /// <summary>The directions' lines one after another in reading order, their blocks numbered on from each other.</summary>
    private static List<PdfTextLine> Concatenate(List<List<PdfTextLine>> byDirection)
    {
        var areas = byDirection.Select(Area).ToList();
        var lines = new List<PdfTextLine>();
        int blockOffset = 0;
        foreach (int index in DirectionOrder.Arrange(areas))
        {
            foreach (PdfTextLine line in byDirection[index])
            {
                lines.Add(line with { Block = line.Block + blockOffset });
            }

            blockOffset = lines[^1].Block + 1;
        }

        return lines;
    }

    private static PdfRect Area(List<PdfTextLine> lines) => new(
        lines.Min(l => l.Bounds.Left), lines.Min(l => l.Bounds.Top), lines.Max(l => l.Bounds.Right), lines.Max(l => l.Bounds.Bottom));

    private static List<AssembledLine> BuildDirection(List<LocalGlyph> local, ReadBudget? budget)
    {
        local = AccentMerger.Merge(GlyphCleanup.RemoveFakeBold(local, budget));
        List<LineFragment> fragments = ScriptMerger.Merge(FragmentBuilder.Build(local, budget), budget);
        if (fragments.Count == 0)
        {
            return [];
        }

        List<AssembledLine> lines = ReadingOrder.Arrange(fragments, budget).Select(AssembledLine.From).ToList();
        BlockAssigner.Assign(lines);
        return HyphenJoiner.Apply(lines);
    }

    /// <summary>Each glyph's writing direction in whole degrees (0 ≤ angle &lt; 360), or -1 for a glyph that is not read.</summary>
    private static int[] ReadableAngles(IReadOnlyList<PositionedGlyph> glyphs, bool anyVisible)
    {
        var angles = new int[glyphs.Count];
        for (int i = 0; i < angles.Length; i++)
        {
            PositionedGlyph glyph = glyphs[i];
            angles[i] = GlyphCleanup.IsReadable(glyph, anyVisible) ? TextFrame.NormalizeAngle(glyph.Angle) : -1;
        }

        return angles;
    }

    /// <summary>
    /// Writing directions of the readable glyphs: horizontal first, then the others by how many glyphs they hold; on a
    /// tie, the one that appears first.
    /// </summary>
    private static List<Direction> Directions(int[] angles)
    {
        var directions = new List<Direction>();
        var slots = new Dictionary<int, int>();
        int lastAngle = -1, lastSlot = -1;
        foreach (int angle in angles)
        {
            if (angle < 0)
            {
                continue;
            }

            // Neighbouring glyphs nearly always share a direction.
            if (angle != lastAngle && !slots.TryGetValue(angle, out lastSlot))
            {
                lastSlot = directions.Count;
                slots[angle] = lastSlot;
                directions.Add(new Direction(angle, 0));
            }

            lastAngle = angle;
            directions[lastSlot] = directions[lastSlot] with { Count = directions[lastSlot].Count + 1 };
        }

        return directions.Count <= 1
            ? directions
            : directions.OrderBy(d => d.Angle == 0 ? 0 : 1).ThenByDescending(d => d.Count).ToList();
    }

    /// <summary>Indexes of the glyphs in drawing order; ties keep their input order.</summary>
    private static int[] SequenceOrder(IReadOnlyList<PositionedGlyph> glyphs)
    {
        int[] order = new int[glyphs.Count];
        bool sorted = true;
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || glyphs[i - 1].Sequence <= glyphs[i].Sequence;
        }

        // The interpreter numbers glyphs as it emits them, so this is the exception.
        if (!sorted)
        {
            order.AsSpan().Sort((a, b) => glyphs[a].Sequence != glyphs[b].Sequence ? glyphs[a].Sequence.CompareTo(glyphs[b].Sequence) : a.CompareTo(b));
        }

        return order;
    }

    private readonly record struct Direction(int Angle, int Count);
}
