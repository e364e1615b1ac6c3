using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Layout;

/// <summary>
/// Orders line fragments the way a person reads a resume: top to bottom, and a multi-column or sidebar section column
/// by column, never row by row across the gutter.
/// </summary>
/// <remarks>
/// A recursive cut in the spirit of XY-cut. Rows (fragments on one baseline) are scanned top to bottom; a run of
/// consecutive rows whose free horizontal space shares an interior gap is a candidate column section. It is split at
/// that gutter when both sides look like columns (several rows, densely filled), and each side is ordered the same way,
/// left column first. Rows that span the gutter (a full-width header or footer) end a section, so they stay in place.
/// Two kinds of aligned text are read across instead: tables (see <see cref="TableRhythm"/>) and dates or places
/// beside some rows ("Acme, SRE ... 2021"), because a reader wants the level beside its skill and the date beside its
/// company.
/// </remarks>
internal static class ReadingOrder
{
    private const double MinGutterRatio = 0.8;
    private const double RowBaselineToleranceRatio = 0.35;
    private const int MinRowsPerColumn = 3;

    // Columns inside columns inside columns: a resume has two or three levels; a hostile page could nest one per
    // fragment and drive the recursion deep, so past this depth a section is read row by row.
    private const int MaxColumnNesting = 8;

    // A column's lines fill a good share of its height (a quarter even at double spacing, or when font sizes come out
    // small); dates or page numbers along a right margin fill far less.
    private const double MinColumnCoverage = 0.25;
    private const double AnnotationPairedShare = 0.8;
    private const double AnnotationMaxCoverage = 0.4;

    public static List<OrderedRow> Arrange(List<LineFragment> fragments, ReadBudget? budget = null)
    {
        var rows = new List<OrderedRow>();
        int region = 0;
        Arrange(fragments, rows, ref region, nesting: 0, budget);
        return rows;
    }

    private static void Arrange(List<LineFragment> fragments, List<OrderedRow> output, ref int region, int nesting, ReadBudget? budget)
    {
        int myRegion = region++;
        List<List<LineFragment>> rows = GroupRows(fragments);
        double left = fragments.Min(f => f.Left);
        double right = fragments.Max(f => f.Right);
        double minGutter = MinGutterRatio * Median(fragments.Select(f => f.FontSize));
        if (nesting < MaxColumnNesting && NoteAboveColumn.TrySplit(rows, minGutter, out List<LineFragment> note, out List<LineFragment> column))
        {
            Arrange(note, output, ref region, nesting + 1, budget);
            Arrange(column, output, ref region, nesting + 1, budget);
            return;
        }

        int i = 0;
        while (i < rows.Count)
        {
            (int end, Interval? gutter) = LongestSectionFrom(rows, i, left, right, minGutter, budget);
            List<LineFragment> leftSide = [], rightSide = [];
            Section kind = gutter is { } g ? Classify(rows, i, end, g, out leftSide, out rightSide) : Section.Rows;
            if (kind == Section.Columns && nesting >= MaxColumnNesting)
            {
                kind = Section.Rows;
            }

            if (kind == Section.Columns)
            {
                Arrange(leftSide, output, ref region, nesting + 1, budget);
                Arrange(rightSide, output, ref region, nesting + 1, budget);
                myRegion = region++;
                i = end;
                continue;
            }

            // A table is read row by row to its end in one go, so its tail is not judged again as a section of its own.
            int last = kind == Section.Table ? end : i + 1;
            for (; i < last; i++)
            {
                output.Add(new OrderedRow([.. rows[i].OrderBy(f => f.Left)], myRegion));
            }
        }
    }

    private static List<List<LineFragment>> GroupRows(List<LineFragment> fragments)
    {
        var rows = new List<List<LineFragment>>();
        double rowBaseline = 0;
        double rowFontSize = 0;
        foreach (LineFragment fragment in fragments.OrderBy(f => f.Baseline).ThenBy(f => f.Left))
        {
            double tolerance = RowBaselineToleranceRatio * Math.Min(fragment.FontSize, rowFontSize);
            if (rows.Count == 0 || fragment.Baseline - rowBaseline > tolerance)
            {
                rows.Add([fragment]);
                rowBaseline = fragment.Baseline;
                rowFontSize = fragment.FontSize;
                continue;
            }

            rows[^1].Add(fragment);
        }

        return rows;
    }

    /// <summary>The longest run of rows from <paramref name="start"/> sharing an interior gap, and its widest gap.</summary>
    private static (int End, Interval? Gutter) LongestSectionFrom(List<List<LineFragment>> rows, int start, double left, double right, double minGutter, ReadBudget? budget)
    {
        List<Interval> free = FreeSpace(rows[start], left, right);
        int end = start + 1;
        while (end < rows.Count)
        {
            budget?.Spend(free.Count + rows[end].Count);
            List<Interval> narrowed = Intersect(free, FreeSpace(rows[end], left, right));
            if (WidestInterior(narrowed, left, right, minGutter) is null)
            {
                break;
            }

            free = narrowed;
            end++;
        }

        return (end, end - start >= MinRowsPerColumn ? WidestInterior(free, left, right, minGutter) : null);
    }

    private static Section Classify(List<List<LineFragment>> rows, int start, int end, Interval gutter, out List<LineFragment> leftSide, out List<LineFragment> rightSide)
    {
        leftSide = [];
        rightSide = [];
        int leftRows = 0, rightRows = 0;
        var paired = new bool[end - start];
        int pairedRows = 0;
        for (int r = start; r < end; r++)
        {
            bool hasLeft = false, hasRight = false;
            foreach (LineFragment fragment in rows[r])
            {
                if (fragment.Right <= gutter.Start + 0.01)
                {
                    leftSide.Add(fragment);
                    hasLeft = true;
                }
                else
                {
                    rightSide.Add(fragment);
                    hasRight = true;
                }
            }

            leftRows += hasLeft ? 1 : 0;
            rightRows += hasRight ? 1 : 0;
            paired[r - start] = hasLeft && hasRight;
            pairedRows += paired[r - start] ? 1 : 0;
        }

        var baselines = Enumerable.Range(start, end - start).Select(r => rows[r][0].Baseline).ToList();
        var fontSizes = Enumerable.Range(start, end - start).Select(r => rows[r].Max(f => f.FontSize)).ToList();
        double wordsPerCell = leftSide.Concat(rightSide).Average(f => f.Words.Count);
        if (TableRhythm.IsTable(baselines, fontSizes, paired, wordsPerCell))
        {
            // A title line above the table is read on its own; the next pass starts at the table and reads it across.
            return paired[0] ? Section.Table : Section.Rows;
        }

        // Dates or places beside some rows ("Acme, SRE ... 2021") annotate those rows: nearly every one of them shares a
        // baseline with the other side, and together they fill little of their height.
        double leftCoverage = Coverage(leftSide), rightCoverage = Coverage(rightSide);
        bool annotations = (pairedRows >= AnnotationPairedShare * rightRows && rightCoverage < AnnotationMaxCoverage)
            || (pairedRows >= AnnotationPairedShare * leftRows && leftCoverage < AnnotationMaxCoverage);
        bool columns = !annotations && leftRows >= MinRowsPerColumn && rightRows >= MinRowsPerColumn
            && leftCoverage >= MinColumnCoverage && rightCoverage >= MinColumnCoverage;
        return columns ? Section.Columns : Section.Rows;
    }

    /// <summary>Share of the side's height that its lines cover.</summary>
    private static double Coverage(List<LineFragment> side)
    {
        double top = side.Min(f => f.Top);
        double span = side.Max(f => f.Bottom) - top;
        if (span <= 0)
        {
            return 1;
        }

        double covered = 0, reach = double.MinValue;
        foreach (LineFragment fragment in side.OrderBy(f => f.Top))
        {
            double from = Math.Max(fragment.Top, reach);
            if (fragment.Bottom > from)
            {
                covered += fragment.Bottom - from;
            }

            reach = Math.Max(reach, fragment.Bottom);
        }

        return covered / span;
    }

    private static List<Interval> FreeSpace(List<LineFragment> row, double left, double right)
    {
        var free = new List<Interval>();
        double cursor = left;
        foreach (LineFragment fragment in row.OrderBy(f => f.Left))
        {
            if (fragment.Left > cursor)
            {
                free.Add(new Interval(cursor, fragment.Left));
            }

            cursor = Math.Max(cursor, fragment.Right);
        }

        if (right > cursor)
        {
            free.Add(new Interval(cursor, right));
        }

        return free;
    }

    private static List<Interval> Intersect(List<Interval> a, List<Interval> b)
    {
        var result = new List<Interval>();
        foreach (Interval x in a)
        {
            foreach (Interval y in b)
            {
                double start = Math.Max(x.Start, y.Start), end = Math.Min(x.End, y.End);
                if (end > start)
                {
                    result.Add(new Interval(start, end));
                }
            }
        }

        return result;
    }

    private static Interval? WidestInterior(List<Interval> free, double left, double right, double minGutter)
    {
        Interval? best = null;
        foreach (Interval interval in free)
        {
            bool interior = interval.Start > left + 0.01 && interval.End < right - 0.01;
            if (interior && interval.Width >= minGutter && (best is null || interval.Width > best.Value.Width))
            {
                best = interval;
            }
        }

        return best;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }

    private enum Section
    {
        /// <summary>Read the first row as it is and look again from the next one.</summary>
        Rows,

        /// <summary>Read the left side, then the right side.</summary>
        Columns,

        /// <summary>Read every row of the section across, cell by cell.</summary>
        Table,
    }

    private readonly record struct Interval(double Start, double End)
    {
        public double Width => End - Start;
    }
}
