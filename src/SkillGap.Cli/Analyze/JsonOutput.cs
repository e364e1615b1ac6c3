using System.Text.Json;

namespace SkillGap.Cli.Analyze;

/// <summary>Every file with the row the table and CSV show and, for a read file, the whole analysis (as the API returns it).</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(IReadOnlyList<AnalyzeRow> rows, IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<string> roleIds, Stream output)
    {
        var report = new
        {
            roles = roleIds,
            files = rows.Select((row, i) => new
            {
                file = row.File,
                status = row.Status,
                failure = row.FailureKind is null ? null : new { kind = row.FailureKind, detail = row.FailureDetail },
                bestFitRole = row.BestFitRole,
                targetRole = row.TargetRole,
                scores = row.Scores,
                gaps = row.Gaps,
                analysis = outcomes[i].Analysis,
            }),
        };
        JsonSerializer.Serialize(output, report, Options);
        output.WriteByte((byte)'\n');
    }
}
