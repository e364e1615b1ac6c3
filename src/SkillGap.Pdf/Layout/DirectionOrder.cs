using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

/// <summary>
/// Orders the text of a page's writing directions among themselves. Directions whose areas stand apart are read in
/// the page's own order, cutting it top to bottom first and then left to right (a 270° block beside a 90° block,
/// both above a 180° one). Areas that overlap (a rotated label inside the text, a diagonal watermark) keep the
/// default: horizontal text first, then the others by size.
/// </summary>
internal static class DirectionOrder
{
    /// <summary>Cuts deeper than this keep the default order for what is left; each cut needs another direction.</summary>
    private const int MaxDepth = 16;

    /// <param name="areas">Each direction's area on the page, in the default order.</param>
    /// <returns>Indexes into <paramref name="areas"/> in reading order.</returns>
    public static List<int> Arrange(IReadOnlyList<PdfRect> areas)
    {
        var order = new List<int>(areas.Count);
        Cut(Enumerable.Range(0, areas.Count).ToList(), areas, order, 0);
        return order;
    }

    private static void Cut(List<int> group, IReadOnlyList<PdfRect> areas, List<int> order, int depth)
    {
        if (group.Count <= 1 || depth >= MaxDepth)
        {
            order.AddRange(group);
            return;
        }

        if ((Split(group, i => areas[i].Top, i => areas[i].Bottom) ?? Split(group, i => areas[i].Left, i => areas[i].Right)) is not { } parts)
        {
            order.AddRange(group);
            return;
        }

        Cut(parts.First, areas, order, depth + 1);
        Cut(parts.Others, areas, order, depth + 1);
    }

    /// <summary>The first gap along one axis that no area spans: the areas before it, then the others (each in default order).</summary>
    private static (List<int> First, List<int> Others)? Split(List<int> group, Func<int, double> start, Func<int, double> end)
    {
        List<int> sorted = [.. group.OrderBy(start)];
        double reach = end(sorted[0]);
        for (int k = 1; k < sorted.Count; k++)
        {
            if (start(sorted[k]) >= reach)
            {
                var before = new HashSet<int>(sorted.Take(k));
                return (group.FindAll(before.Contains), group.FindAll(i => !before.Contains(i)));
            }

            reach = Math.Max(reach, end(sorted[k]));
        }

        return null;
    }
}
