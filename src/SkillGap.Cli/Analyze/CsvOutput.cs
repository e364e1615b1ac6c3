using CsvHelper;

namespace SkillGap.Cli.Analyze;

/// <summary>
/// One row per file: status, refusal, best fit, a column per role score and per role gap list. UTF-8 with a BOM so
/// spreadsheets read the accents; cells starting with = + - @ (or a tab or CR) are escaped with a leading quote
/// (CsvHelper's injection escaping) so a crafted file name or gap cannot run as a formula.
/// </summary>
internal static class CsvOutput
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static void Write(IReadOnlyList<AnalyzeRow> rows, IReadOnlyList<string> roleIds, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(new[] { "file", "status", "failure", "failure_detail", "best_fit_role", "target_role" }
            .Concat(roleIds.Select(id => $"score_{id}"))
            .Concat(roleIds.Select(id => $"gaps_{id}"))
            .ToArray());
        foreach (var row in rows)
        {
            csv.WriteField(row.File);
            csv.WriteField(row.Status);
            csv.WriteField(row.FailureKind ?? "");
            csv.WriteField(row.FailureDetail ?? "");
            csv.WriteField(row.BestFitRole ?? "");
            csv.WriteField(row.TargetRole ?? "");
            foreach (var id in roleIds)
            {
                if (row.Scores.TryGetValue(id, out var score))
                {
                    csv.WriteField(score, default);
                }
                else
                {
                    csv.WriteField("");
                }
            }

            foreach (var id in roleIds)
            {
                csv.WriteField(row.Gaps.TryGetValue(id, out var gaps) ? string.Join("; ", gaps) : "");
            }

            csv.EndRecord();
        }
    }
}
