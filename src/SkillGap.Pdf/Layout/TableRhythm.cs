namespace SkillGap.Pdf.Layout;

/// <summary>
/// Tells a table (cells side by side on shared baselines, read across) from columns that happen to line up (read
/// down). A table's rows pair up across the gutter at an even rhythm; a cell that wraps adds a line closer to its row
/// than the rhythm; a title above or a footer below stands apart from it. Columns of unequal length keep the rhythm
/// where the pairing stops, and sections of columns break it with their headings and gaps.
/// </summary>
internal static class TableRhythm
{
    private const double MinPairedShare = 0.9;
    private const int SmallTableMaxRows = 6;
    private const double MaxWordsPerCell = 4;
    private const double MaxPitchSpread = 1.5;
    private const double RhythmSlack = 1.25;
    private const double WrapRatio = 0.9;

    /// <summary>A row set this much larger than the table's rows is a heading above it, whatever its spacing.</summary>
    private const double TitleSizeRatio = 1.1;

    /// <param name="baselines">Baseline of each row of the run, top to bottom.</param>
    /// <param name="fontSizes">Largest font size of each row of the run.</param>
    /// <param name="paired">Whether each row has text on both sides of the gutter.</param>
    /// <param name="wordsPerCell">Average words per fragment over the run.</param>
    public static bool IsTable(IReadOnlyList<double> baselines, IReadOnlyList<double> fontSizes, bool[] paired, double wordsPerCell)
    {
        int first = Array.IndexOf(paired, true), last = Array.LastIndexOf(paired, true);
        int pairedCount = paired.Count(p => p);
        if (pairedCount < 2 || 2 * pairedCount < paired.Length)
        {
            return false;
        }

        double pitch = Pitch(baselines, paired, first, last);
        var wrapped = new bool[paired.Length];
        for (int r = first + 1; r < last; r++)
        {
            wrapped[r] = !paired[r] && baselines[r] - baselines[r - 1] < WrapRatio * pitch;
        }

        // Rows beyond the paired ones that keep the rhythm belong to the run: a longer column, not a title or footer.
        // A heading set just one row pitch above the table is still its title.
        double rowSize = PairedRowSize(fontSizes, paired);
        int from = first, to = last;
        while (from > 0 && baselines[from] - baselines[from - 1] <= RhythmSlack * pitch && fontSizes[from - 1] <= TitleSizeRatio * rowSize)
        {
            from--;
        }

        while (to < paired.Length - 1 && baselines[to + 1] - baselines[to] <= RhythmSlack * pitch)
        {
            to++;
        }

        int covered = pairedCount + wrapped.Count(w => w);
        bool mostlyPaired = covered >= MinPairedShare * (to - from + 1);
        return mostlyPaired && Even(baselines, wrapped, first, last) && (pairedCount <= SmallTableMaxRows || wordsPerCell <= MaxWordsPerCell);
    }

    /// <summary>The font size of the paired rows (their median).</summary>
    private static double PairedRowSize(IReadOnlyList<double> fontSizes, bool[] paired)
    {
        var sizes = new List<double>();
        for (int r = 0; r < paired.Length; r++)
        {
            if (paired[r])
            {
                sizes.Add(fontSizes[r]);
            }
        }

        sizes.Sort();
        return sizes[sizes.Count / 2];
    }

    /// <summary>The smallest step between two neighbouring paired rows: one table row.</summary>
    private static double Pitch(IReadOnlyList<double> baselines, bool[] paired, int first, int last)
    {
        double pitch = double.MaxValue;
        int previous = -1;
        for (int r = first; r <= last; r++)
        {
            if (!paired[r])
            {
                continue;
            }

            if (previous >= 0)
            {
                pitch = Math.Min(pitch, (baselines[r] - baselines[previous]) / (r - previous));
            }

            previous = r;
        }

        return Math.Max(0.1, pitch);
    }

    /// <summary>Rows step evenly, counting from the last wrapped line of a cell to the next row.</summary>
    private static bool Even(IReadOnlyList<double> baselines, bool[] wrapped, int first, int last)
    {
        double min = double.MaxValue, max = 0;
        for (int r = first + 1; r <= last; r++)
        {
            if (wrapped[r])
            {
                continue;
            }

            double step = baselines[r] - baselines[r - 1];
            min = Math.Min(min, step);
            max = Math.Max(max, step);
        }

        return max == 0 || max <= MaxPitchSpread * Math.Max(0.1, min);
    }
}
