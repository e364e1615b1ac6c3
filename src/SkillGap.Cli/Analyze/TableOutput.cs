using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SkillGap.Cli.Analyze;

/// <summary>
/// A table for people: a score column per role, the best fit, and the focus role's three heaviest gaps (or the
/// refusal). Rounded borders on a terminal; Markdown borders when redirected, so the text pastes into a document.
/// </summary>
internal static class TableOutput
{
    private const int GapsShown = 3;

    public static void Write(IReadOnlyList<AnalyzeRow> rows, IReadOnlyList<string> roleIds, IAnsiConsole console, bool terminal)
    {
        var table = new Table().Border(terminal ? TableBorder.Rounded : TableBorder.Markdown);
        table.AddColumn("File");
        table.AddColumn("Best fit");
        foreach (var id in roleIds)
        {
            table.AddColumn(new TableColumn(id).RightAligned());
        }

        table.AddColumn("Top gaps (focus role) or why not read");
        foreach (var row in rows)
        {
            var cells = new List<IRenderable> { new Text(row.File), new Text(row.BestFitRole ?? "-") };
            cells.AddRange(roleIds.Select(id => new Text(row.Scores.TryGetValue(id, out var score) ? score.ToString(CultureInfo.InvariantCulture) : "-")));
            cells.Add(new Text(row.Status == AnalyzeRow.Ok
                ? $"{row.FocusRole}: {string.Join(", ", row.Gaps[row.FocusRole!].Take(GapsShown))}"
                : $"{row.FailureKind}: {row.FailureDetail}"));
            table.AddRow(cells);
        }

        console.Write(table);
    }
}
