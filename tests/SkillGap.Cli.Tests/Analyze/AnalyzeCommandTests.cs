using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using SkillGap.Cli.Tests.Support;

namespace SkillGap.Cli.Tests.Analyze;

public class AnalyzeCommandTests
{
    private static readonly string Pdf = AnalyzeRun.Rendered("r01-sysadmin-to-infra", "r01-sysadmin-to-infra.chromium.pdf");
    private static readonly string Docx = AnalyzeRun.Rendered("r04-qa-to-devops", "r04-qa-to-devops.docx");
    private static readonly string[] Roles = ["devops-engineer", "infrastructure-engineer", "platform-engineer", "site-reliability-engineer"];

    [Fact]
    public void TableJsonAndCsvShowTheSameScoresForEveryFile()
    {
        using var run = AnalyzeRun.InNewFolder();
        string[] files = [Pdf, Docx];

        var json = Json(run.Analyze(files, "json"));
        var csv = Csv(run.Analyze(files, "csv"));
        var table = Table(run.Analyze(files, "table"));

        var fromJson = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => Roles.Select(r => f.GetProperty("scores").GetProperty(r).GetInt32()).ToArray());
        var fromCsv = csv.Skip(1).ToDictionary(row => row[0], row => Roles.Select(r => int.Parse(row[Array.IndexOf(csv[0], $"score_{r}")])).ToArray());
        var fromTable = table.ToDictionary(row => row[0], row => Roles.Select((_, i) => int.Parse(row[2 + i])).ToArray());

        Assert.Equal(files, fromJson.Keys);
        Assert.Contains(fromJson.Values, scores => scores.Any(s => s > 0));
        Assert.Equal(fromJson, fromCsv);
        Assert.Equal(fromJson, fromTable);
        // The JSON's per-role scores are the analysis's own.
        var analysis = json.RootElement.GetProperty("files")[0].GetProperty("analysis");
        Assert.All(analysis.GetProperty("roles").EnumerateArray(), role =>
            Assert.Equal(role.GetProperty("score").GetInt32(), fromJson[Pdf][Array.IndexOf(Roles, role.GetProperty("id").GetString())]));
    }

    [Fact]
    public void CsvIsUtf8WithABomAndARowPerFileWithEveryRolesGaps()
    {
        using var run = AnalyzeRun.InNewFolder();
        run.Analyze([Pdf, Docx], "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], run.Output.Take(3));
        var rows = Csv(run);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["file", "status", "failure", "failure_detail", "best_fit_role", "target_role"], rows[0].Take(6));
        Assert.Equal(Roles.Select(r => $"gaps_{r}"), rows[0].Skip(6 + Roles.Length));
        Assert.All(rows.Skip(1), row => Assert.Equal("ok", row[1]));
        Assert.All(rows.Skip(1), row => Assert.Contains(row.Skip(6 + Roles.Length), gaps => gaps.Contains("; ", StringComparison.Ordinal)));
    }

    [Fact]
    public void RoleSetsTheTargetAndTheGapsTheTableShows()
    {
        using var run = AnalyzeRun.InNewFolder();

        var json = Json(run.Analyze([Pdf], "json", role: "platform-engineer"));
        var table = Table(run.Analyze([Pdf], "table", role: "platform-engineer"));

        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("platform-engineer", file.GetProperty("targetRole").GetString());
        Assert.Equal("platform-engineer", file.GetProperty("analysis").GetProperty("targetRole").GetString());
        var firstGap = file.GetProperty("gaps").GetProperty("platform-engineer")[0].GetString();
        Assert.StartsWith($"platform-engineer: {firstGap}", table.Single()[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRoleIsAUsageError()
    {
        using var run = AnalyzeRun.InNewFolder();
        run.Analyze([Pdf], "csv", role: "astronaut");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown role 'astronaut'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void ACorruptFileIsARowWithItsRefusalAndTheOthersAreStillRead()
    {
        using var run = AnalyzeRun.InNewFolder();
        var corrupt = run.Write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog"u8.ToArray());
        var text = run.Write("notes.docx", "just some text"u8.ToArray());

        var rows = Csv(run.Analyze([Pdf, corrupt, text], "csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["ok", "failed", "failed"], rows.Skip(1).Select(r => r[1]));
        Assert.Equal("Corrupt", rows[2][2]);
        Assert.Equal("UnknownFormat", rows[3][2]);
        Assert.All(rows.Skip(2), row => Assert.NotEmpty(row[3]));
        Assert.All(rows.Skip(2), row => Assert.All(row.Skip(4), Assert.Empty));
        Assert.Contains("broken.pdf: Corrupt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenEveryFileFailsTheExitCodeIsOneAndTheRowsAreStillWritten()
    {
        using var run = AnalyzeRun.InNewFolder();
        var empty = run.Write("empty.pdf", []);
        var text = run.Write("cv.pdf", "not a pdf"u8.ToArray());

        var rows = Csv(run.Analyze([empty, text], "csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Empty", "UnknownFormat"], rows.Skip(1).Select(r => r[2]));
    }

    [Fact]
    public void AFolderIsSearchedForPdfAndDocxOnlyInOrder()
    {
        using var run = AnalyzeRun.InNewFolder();
        var docx = run.Write("in/b/cv.DOCX", File.ReadAllBytes(Docx));
        var pdf = run.Write("in/a.pdf", File.ReadAllBytes(Pdf));
        run.Write("in/a.pdf.pdftotext.txt", "reference text"u8.ToArray());

        var rows = Csv(run.Analyze([Path.Combine(run.Folder, "in")], "csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([pdf, docx], rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void AMissingPathOrAFolderWithoutResumesIsAUsageError()
    {
        using var run = AnalyzeRun.InNewFolder();
        Assert.Equal(2, run.Analyze([Path.Combine(run.Folder, "nope.pdf")]).ExitCode);
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Analyze([run.Folder]).ExitCode);
    }

    [Fact]
    public void NothingOfTheResumeGoesToStandardErrorBeyondFileNames()
    {
        using var run = AnalyzeRun.InNewFolder();
        var json = Json(run.Analyze([Pdf, Docx], "json"));

        var snippets = json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("analysis").GetProperty("skills").EnumerateArray())
            .SelectMany(s => s.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("snippet").GetString()!))
            .ToList();
        Assert.NotEmpty(snippets);
        Assert.DoesNotContain(snippets, s => run.Error.Contains(s, StringComparison.Ordinal));
        Assert.All(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
            Assert.Matches(@"^(\[\d+/2\] .+: ok|2 files: 2 analyzed, 0 not read, in .+ files/s\)|wrote .+)$", line));
    }

    private static JsonDocument Json(AnalyzeRun run)
    {
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.OutputText);
    }

    private static List<string[]> Csv(AnalyzeRun run)
    {
        using var parser = new TextFieldParser(new StringReader(run.OutputText)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    /// <summary>The Markdown table's body rows (redirected output), each cell trimmed.</summary>
    private static List<string[]> Table(AnalyzeRun run)
    {
        Assert.Equal(0, run.ExitCode);
        return run.OutputText.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();
    }
}
