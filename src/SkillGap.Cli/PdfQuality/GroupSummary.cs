namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// Aggregates of one group: micro scores pool every token, mean scores weigh each file the same (files without an order
/// score are left out of its mean). The PdfPig columns are NaN when PdfPig was not asked or read none of the files;
/// <see cref="Flagged"/> counts files we read whose agreement with PdfPig is under <see cref="PdfPigComparison.FlagBelow"/>.
/// </summary>
internal sealed record GroupSummary(
    string Group,
    int Files,
    int Ok,
    int Crashes,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double MeanF1,
    double MeanOrder,
    long TotalMilliseconds,
    double PdfPigMicroF1,
    double MeanAgreement,
    int Flagged)
{
    public static GroupSummary From(string group, IReadOnlyList<QualityRow> rows)
    {
        int ours = rows.Sum(r => r.Words.Ours), reference = rows.Sum(r => r.Words.Reference), matched = rows.Sum(r => r.Words.Matched);
        var pooled = new WordScore(ours, reference, matched);
        return new GroupSummary(
            group,
            rows.Count,
            rows.Count(r => r.Status == "Ok"),
            rows.Count(r => r.Crashed),
            Math.Round(pooled.Precision, 4),
            Math.Round(pooled.Recall, 4),
            Math.Round(pooled.F1, 4),
            rows.Count == 0 ? 0 : Math.Round(rows.Average(r => r.Words.F1), 4),
            rows.Any(r => !double.IsNaN(r.Order)) ? Math.Round(rows.Where(r => !double.IsNaN(r.Order)).Average(r => r.Order), 4) : double.NaN,
            rows.Sum(r => r.Milliseconds),
            PooledF1(rows.Select(r => r.PdfPig?.VersusReference)),
            Mean(rows.Select(r => r.PdfPig?.Agreement?.F1)),
            rows.Count(r => r.Status == "Ok" && r.PdfPig is { Flagged: true }));
    }

    private static double PooledF1(IEnumerable<WordScore?> scores)
    {
        List<WordScore> read = [.. scores.OfType<WordScore>()];
        return read.Count == 0
            ? double.NaN
            : Math.Round(new WordScore(read.Sum(s => s.Ours), read.Sum(s => s.Reference), read.Sum(s => s.Matched)).F1, 4);
    }

    private static double Mean(IEnumerable<double?> values)
    {
        List<double> known = [.. values.OfType<double>()];
        return known.Count == 0 ? double.NaN : Math.Round(known.Average(), 4);
    }
}
