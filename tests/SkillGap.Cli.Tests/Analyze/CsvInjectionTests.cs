using System.Text;
using SkillGap.Cli.Analyze;

namespace SkillGap.Cli.Tests.Analyze;

/// <summary>A file name or a gap a spreadsheet would run as a formula is written as text.</summary>
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void ACellStartingWithAFormulaCharacterGetsALeadingQuote(string value)
    {
        var row = new AnalyzeRow(value, AnalyzeRow.Ok, null, null, "ops", null,
            new Dictionary<string, int> { ["ops"] = 40 }, new Dictionary<string, IReadOnlyList<string>> { ["ops"] = [value] });
        using var output = new MemoryStream();

        CsvOutput.Write([row], ["ops"], output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith($"\"'{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\",ok,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",40,\"'{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryCellsAreWrittenAsTheyAre()
    {
        var row = new AnalyzeRow("cv.pdf", AnalyzeRow.Ok, null, null, "ops", null,
            new Dictionary<string, int> { ["ops"] = 40 }, new Dictionary<string, IReadOnlyList<string>> { ["ops"] = ["Kubernetes", "CI/CD"] });
        using var output = new MemoryStream();

        CsvOutput.Write([row], ["ops"], output);

        Assert.Equal("cv.pdf,ok,,,ops,,40,Kubernetes; CI/CD", Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n")[1]);
    }
}
