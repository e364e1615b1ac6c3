namespace SkillGap.Pdf.Layout;

/// <summary>
/// Finds a line or two in smaller type at the top right, apart from a column that runs on down the page: a running
/// header (name and e-mail on page two) above a sidebar continued from the page before. Ordered by baseline, it would
/// land between two lines of the sidebar, splitting a job header; it is read first instead.
/// </summary>
internal static class NoteAboveColumn
{
    private const int MaxNoteRows = 2;
    private const int TopRows = 3;
    private const int MinColumnRows = 3;
    private const double SizeRatio = 0.95;

    /// <param name="rows">The region's rows, top to bottom.</param>
    /// <param name="minGutter">The narrowest gap that can separate the note from the column.</param>
    public static bool TrySplit(List<List<LineFragment>> rows, double minGutter, out List<LineFragment> note, out List<LineFragment> column)
    {
        note = [];
        column = [];
        if (rows.Count < MinColumnRows + 1)
        {
            return false;
        }

        // The note's left edge: the leftmost start, among the top rows, of text that every other line stays clear of.
        double columnRight = double.MinValue;
        for (int r = TopRows; r < rows.Count; r++)
        {
            columnRight = Math.Max(columnRight, rows[r].Max(f => f.Right));
        }

        var noteRows = new List<int>();
        for (int r = 0; r < TopRows; r++)
        {
            List<LineFragment> right = rows[r].FindAll(f => f.Left >= columnRight + minGutter);
            if (right.Count == 0)
            {
                column.AddRange(rows[r]);
                continue;
            }

            if (right.Count != rows[r].Count)
            {
                return false;
            }

            note.AddRange(right);
            noteRows.Add(r);
        }

        for (int r = TopRows; r < rows.Count; r++)
        {
            column.AddRange(rows[r]);
        }

        double topColumnRight = column.Max(f => f.Right);
        return noteRows.Count is > 0 and <= MaxNoteRows
            && note.Min(f => f.Left) >= topColumnRight + minGutter
            && rows.Count - noteRows.Count >= MinColumnRows
            && note.Max(f => f.FontSize) < SizeRatio * MedianSize(column);
    }

    private static double MedianSize(List<LineFragment> fragments)
    {
        var sizes = fragments.Select(f => f.FontSize).Order().ToList();
        return sizes[sizes.Count / 2];
    }
}
