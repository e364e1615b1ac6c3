using SkillGap.Core.Documents;

namespace SkillGap.Core.Experience;

/// <summary>
/// Short text right-aligned on the same baseline as a line (a LaTeX <c>\resumeSubheading</c>'s city and dates, a
/// Word tab stop's dates): reading order puts it in a column of its own, after the lines it belongs beside, so a
/// job header is read from the positions instead. A partner is far to the right of its line (a gap of at least
/// <see cref="MinGapEms"/> font sizes), ends at the page's right text edge, on the same baseline, and is short dates or a
/// place: a two-column page's main column beside its sidebar is none. Only PDF lines carry positions.
/// </summary>
internal sealed class BaselineRows
{
    private const double MinGapEms = 2.5;
    private const int MaxPartnerLength = 40;

    // Right-aligned means ending at the page's right text edge, give or take a footer that reaches a little further.
    private const double MarginEms = 2;

    private readonly Dictionary<int, List<int>> _partners = [];
    private readonly HashSet<int> _taken = [];

    private BaselineRows(IReadOnlyList<DocumentLine> lines) => Lines = lines;

    private IReadOnlyList<DocumentLine> Lines { get; }

    /// <param name="candidates">The lines that may have partners, in order: every line, so that an Education line keeps its city
    /// even when reading order puts that city under the Experience heading.</param>
    public static BaselineRows Find(IReadOnlyList<DocumentLine> lines, IEnumerable<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(candidates);
        var rows = new BaselineRows(lines);
        var byPage = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].Hints.Bottom > lines[i].Hints.Top)
            .GroupBy(i => lines[i].Page)
            .ToDictionary(g => g.Key, g => g.ToList());
        var rightMargins = byPage.ToDictionary(p => p.Key, p => p.Value.Max(i => lines[i].Hints.Right));
        foreach (var line in candidates)
        {
            var hints = lines[line].Hints;
            if (hints.Bottom <= hints.Top || rows._taken.Contains(line) || !byPage.TryGetValue(lines[line].Page, out var page))
            {
                continue;
            }

            var margin = rightMargins[lines[line].Page];
            var partners = page.Where(other => other != line && !rows._taken.Contains(other) && IsPartner(lines[line], lines[other], margin))
                .OrderBy(other => lines[other].Hints.Left)
                .ToList();
            if (partners.Count > 0)
            {
                rows._partners[line] = partners;
                rows._taken.UnionWith(partners);
            }
        }

        return rows;
    }

    /// <summary>Whether the line sits beside another line's as its right-aligned part (and so belongs to that line).</summary>
    public bool IsPartner(int line) => _taken.Contains(line);

    /// <summary>The line's text with each right-aligned part after a tab.</summary>
    public string TextOf(int line) =>
        _partners.TryGetValue(line, out var partners)
            ? string.Join('\t', [Lines[line].Text, .. partners.Select(p => Lines[p].Text)])
            : Lines[line].Text;

    private static bool IsPartner(DocumentLine line, DocumentLine other, double rightMargin)
    {
        var (a, b) = (line.Hints, other.Hints);
        var em = Math.Max(a.FontSize, 1);
        var overlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return line.Page == other.Page
               && overlap >= 0.5 * Math.Min(a.Bottom - a.Top, b.Bottom - b.Top)
               && b.Left - a.Right >= MinGapEms * em
               && b.Right >= rightMargin - (MarginEms * em)
               && other.Text.Trim().Length is > 0 and <= MaxPartnerLength
               && !other.Hints.ListItem
               && (DateRangeParser.FindAll(other.Text).Count > 0 || HeaderFields.IsPlace(other.Text.Trim()));
    }
}
