using System.Diagnostics;
using SkillGap.Pdf;

namespace SkillGap.Cli.PdfQuality;

/// <summary>Extracts one PDF with our reader (and, when asked, with PdfPig) and scores the text against its reference.</summary>
internal static class QualityRunner
{
    private const int DiffSize = 12;

    // The reader has its own budget; this is only a backstop so one hostile file cannot stall the report.
    private static readonly TimeSpan s_backstop = TimeSpan.FromSeconds(60);

    public static QualityRow Score(QualityCase item, bool withPdfPig = false)
    {
        List<string> reference = Tokenizer.Tokens(item.ReferenceText());
        byte[] data = File.ReadAllBytes(item.PdfPath);
        var clock = Stopwatch.StartNew();
        PdfTextResult result;
        try
        {
            using var cancellation = new CancellationTokenSource(s_backstop);
            result = PdfTextExtractor.Extract(data, PdfReadOptions.Default, cancellation.Token);
        }
#pragma warning disable CA1031 // A crash on one file is a finding for the report, not a reason to stop scoring the rest.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"{item.Group}/{item.Name}: {ex.GetType().Name}: {ex.Message}");
            return new QualityRow(item.Group, item.Name, item.ReferenceKind, "crash", 0, WordScore.Compute([], reference), double.NaN, clock.ElapsedMilliseconds, [], []);
        }

        long elapsed = clock.ElapsedMilliseconds;
        List<string> ours = Tokenizer.Tokens(result.Text);
        (List<(string, int)> missing, List<(string, int)> extra) = WordScore.Diff(ours, reference, DiffSize);
        return new QualityRow(
            item.Group,
            item.Name,
            item.ReferenceKind,
            result.Status.ToString(),
            result.PageCount,
            WordScore.Compute(ours, reference),
            OrderScore.Compute(ours, reference),
            elapsed,
            missing,
            extra,
            withPdfPig ? ComparePdfPig(data, result.Status, ours, reference) : null);
    }

    private static PdfPigComparison ComparePdfPig(byte[] data, PdfReadStatus ours, List<string> ourTokens, List<string> reference)
    {
        // PdfPig has no budgets: a file our reader refused as too costly (a decompression bomb) is not given to it.
        if (ours == PdfReadStatus.OverBudget)
        {
            return new PdfPigComparison(null, null, [], [], 0, "not read: over our reader's budget");
        }

        var clock = Stopwatch.StartNew();
        (string? text, string? error) = PdfPigText.Read(data);
        long elapsed = clock.ElapsedMilliseconds;
        if (text is null)
        {
            return new PdfPigComparison(null, null, [], [], elapsed, error);
        }

        List<string> pig = Tokenizer.Tokens(text);
        (List<(string, int)> onlyPig, List<(string, int)> onlyOurs) = WordScore.Diff(ourTokens, pig, DiffSize);
        return new PdfPigComparison(WordScore.Compute(pig, reference), WordScore.Compute(ourTokens, pig), onlyPig, onlyOurs, elapsed, null);
    }
}
