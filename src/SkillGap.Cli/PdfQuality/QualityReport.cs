using System.Globalization;
using System.Text.Json;

namespace SkillGap.Cli.PdfQuality;

/// <summary>Prints the per-file table, the per-group aggregates and (verbose) each file's biggest token differences.</summary>
internal static class QualityReport
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static void PrintTable(IReadOnlyList<QualityRow> rows, bool verbose, TextWriter output)
    {
        int nameWidth = Math.Clamp(rows.Count == 0 ? 10 : rows.Max(r => r.Group.Length + r.Name.Length + 1), 10, 72);
        output.WriteLine(string.Create(s_invariant, $"{"file".PadRight(nameWidth)} {"status",-17} {"pages",5} {"words",11} {"prec",6} {"recall",6} {"f1",6} {"order",6} {"ref",-9} {"ms",7} {"pdfpig",7}"));
        foreach (QualityRow row in rows)
        {
            string name = $"{row.Group}/{row.Name}";
            if (name.Length > nameWidth)
            {
                name = "…" + name[^(nameWidth - 1)..];
            }

            string words = $"{row.Words.Ours}/{row.Words.Reference}";
            output.WriteLine(string.Create(s_invariant, $"{name.PadRight(nameWidth)} {row.Status,-17} {row.Pages,5} {words,11} {row.Words.Precision,6:0.000} {row.Words.Recall,6:0.000} {row.Words.F1,6:0.000} {Score(row.Order),6} {row.ReferenceKind,-9} {row.Milliseconds,7} {Agreement(row.PdfPig),7}"));
            if (verbose && (row.Missing.Count > 0 || row.Extra.Count > 0))
            {
                output.WriteLine($"    missing: {Format(row.Missing)}");
                output.WriteLine($"    extra:   {Format(row.Extra)}");
            }

            if (verbose && row.PdfPig is { } pig && (pig.Error is not null || pig.OnlyPdfPig.Count > 0 || pig.OnlyOurs.Count > 0))
            {
                output.WriteLine(pig.Error is null ? $"    pdfpig only: {Format(pig.OnlyPdfPig)}" : $"    pdfpig: {pig.Error}");
                if (pig.Error is null)
                {
                    output.WriteLine($"    ours only:   {Format(pig.OnlyOurs)}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(s_invariant, $"{"group",-10} {"files",5} {"ok",4} {"crash",5} {"micro-P",7} {"micro-R",7} {"micro-F1",8} {"mean-F1",7} {"mean-order",10} {"total-ms",8} {"pig-F1",6} {"agree",6} {"flagged",7}"));
        foreach (GroupSummary summary in Summarise(rows))
        {
            output.WriteLine(string.Create(s_invariant, $"{summary.Group,-10} {summary.Files,5} {summary.Ok,4} {summary.Crashes,5} {summary.MicroPrecision,7:0.000} {summary.MicroRecall,7:0.000} {summary.MicroF1,8:0.000} {summary.MeanF1,7:0.000} {Score(summary.MeanOrder),10} {summary.TotalMilliseconds,8} {Score(summary.PdfPigMicroF1),6} {Score(summary.MeanAgreement),6} {summary.Flagged,7}"));
        }

        List<QualityRow> flagged = [.. rows.Where(r => r.PdfPig is { Flagged: true } && r.Status == "Ok")];
        if (rows.Any(r => r.PdfPig is not null))
        {
            output.WriteLine();
            output.WriteLine(string.Create(s_invariant, $"pdfpig = token F1 between our words and PdfPig's (PdfPigText: nearest-neighbour words, Docstrum blocks, reading order, NFKC); pig-F1 = PdfPig's words against the reference."));
            output.WriteLine(string.Create(s_invariant, $"Read by us, agreeing with PdfPig below {PdfPigComparison.FlagBelow:0.00} (\"!\"), for a person to look at with --verbose: {flagged.Count} file(s)."));
            foreach (QualityRow row in flagged)
            {
                output.WriteLine($"    {row.Group}/{row.Name} {Agreement(row.PdfPig)}");
            }
        }

        output.WriteLine();
        output.WriteLine("order = longest common subsequence of matched words / matched words (see OrderScore); the reference (ref) is poppler's");
        output.WriteLine("text unless a hand-checked .reference.txt sits beside the PDF (\"checked\"); poppler itself interleaves some two-column pages.");
        output.WriteLine($"\"corrected\" = poppler's text with the checked fixes in data/eval/{ReferenceCorrection.FileName} (each with its evidence).");
        List<QualityRow> twoColumn = [.. rows.Where(r => CorpusFiles.IsTwoColumn(r.Name))];
        if (twoColumn.Count > 0)
        {
            output.WriteLine(string.Create(s_invariant, $"two-column = the {twoColumn.Count} files named *2col* or *two-column* in any group ({twoColumn.Count(r => r.HandChecked)} with a checked column-by-column reference)."));
        }
    }

    public static void PrintJson(IReadOnlyList<QualityRow> rows, TextWriter output)
    {
        var document = new
        {
            files = rows.Select(r => new
            {
                group = r.Group,
                name = r.Name,
                twoColumn = CorpusFiles.IsTwoColumn(r.Name),
                handCheckedReference = r.HandChecked,
                reference = r.ReferenceKind,
                status = r.Status,
                pages = r.Pages,
                ourWords = r.Words.Ours,
                referenceWords = r.Words.Reference,
                precision = Math.Round(r.Words.Precision, 4),
                recall = Math.Round(r.Words.Recall, 4),
                f1 = Math.Round(r.Words.F1, 4),
                order = double.IsNaN(r.Order) ? (double?)null : Math.Round(r.Order, 4),
                milliseconds = r.Milliseconds,
                pdfPig = r.PdfPig is not { } pig ? null : new
                {
                    agreement = pig.Agreement is null ? (double?)null : Math.Round(pig.Agreement.F1, 4),
                    flagged = pig.Flagged,
                    f1 = pig.VersusReference is null ? (double?)null : Math.Round(pig.VersusReference.F1, 4),
                    milliseconds = pig.Milliseconds,
                    error = pig.Error,
                },
            }),
            groups = Summarise(rows).Select(g => g with
            {
                MeanOrder = double.IsNaN(g.MeanOrder) ? 0 : g.MeanOrder,
                PdfPigMicroF1 = double.IsNaN(g.PdfPigMicroF1) ? 0 : g.PdfPigMicroF1,
                MeanAgreement = double.IsNaN(g.MeanAgreement) ? 0 : g.MeanAgreement,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
    }

    public static List<GroupSummary> Summarise(IReadOnlyList<QualityRow> rows)
    {
        var summaries = rows.GroupBy(r => r.Group).Select(g => GroupSummary.From(g.Key, [.. g])).ToList();
        bool severalGroups = summaries.Count > 1;
        List<QualityRow> twoColumn = [.. rows.Where(r => CorpusFiles.IsTwoColumn(r.Name))];
        if (twoColumn.Count > 0)
        {
            // Across groups, so "two-column resumes read column by column" is one number.
            summaries.Add(GroupSummary.From("two-column", twoColumn));
        }

        if (severalGroups)
        {
            summaries.Add(GroupSummary.From("all", rows));
        }

        return summaries;
    }

    /// <summary>The agreement F1 with "!" when it is flagged, "-" when PdfPig was not asked, "fail" when it could not read the file.</summary>
    private static string Agreement(PdfPigComparison? pig) => pig switch
    {
        null => "-",
        { Agreement: null } => "fail",
        { Agreement: { } agreement } => agreement.F1.ToString("0.000", s_invariant) + (pig.Flagged ? "!" : " "),
    };

    private static string Score(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", s_invariant);

    private static string Format(IReadOnlyList<(string Token, int Count)> tokens) =>
        tokens.Count == 0 ? "-" : string.Join(' ', tokens.Select(t => t.Count > 1 ? $"{t.Token}×{t.Count}" : t.Token));
}
