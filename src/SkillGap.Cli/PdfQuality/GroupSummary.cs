namespace SkillGap.Cli.PdfQuality;

/// <summary>Aggregates of one group: micro scores pool every token, mean scores weigh each file the same (files without an order score are left out of its mean).</summary>
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
    long TotalMilliseconds)
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
            rows.Sum(r => r.Milliseconds));
    }
}
