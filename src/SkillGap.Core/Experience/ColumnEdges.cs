using SkillGap.Core.Documents;

namespace SkillGap.Core.Experience;

/// <summary>
/// Whether a PDF line wrapped into the next one: the next line's first word would not have fitted before the
/// column's right edge. A header wraps like prose, but unlike prose it changes weight half-way
/// ("**Staff Platform Engineer** · Lumen" / "Mobility GmbH · 2021–present") and can land in another layout block
/// when a page footer shares its baseline, so the paragraph rule (same block, same weight) does not see it.
/// The column's edge is where most lines starting at about the same x end (its bullets included), not the
/// furthest one, which a footer on the same baseline can push out.
/// </summary>
internal sealed class ColumnEdges(IReadOnlyList<DocumentLine> lines)
{
    private const double SameLeft = 2;
    private const double IndentAllowance = 20;
    private const double EdgeQuantile = 0.9;

    public bool WrapsInto(DocumentLine line, DocumentLine next)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(next);
        var (a, b) = (line.Hints, next.Hints);
        if (a.Right <= 0 || b.Right <= 0 || line.Page != next.Page || Math.Abs(a.Left - b.Left) > SameLeft || next.Text.Length == 0)
        {
            return false;
        }

        var rights = lines
            .Where(l => l.Page == line.Page && l.Hints.Right > 0 && l.Hints.Left >= a.Left - SameLeft && l.Hints.Left <= a.Left + IndentAllowance)
            .Select(l => l.Hints.Right)
            .Order()
            .ToList();
        var edge = rights[(int)Math.Floor((rights.Count - 1) * EdgeQuantile)];
        var firstWord = next.Text.IndexOf(' ') is var space and > 0 ? space + 1 : next.Text.Length;
        var charWidth = (b.Right - b.Left) / next.Text.Length;
        return a.Right + (firstWord * charWidth) > edge;
    }
}
