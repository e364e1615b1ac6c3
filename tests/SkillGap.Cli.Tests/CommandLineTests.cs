namespace SkillGap.Cli.Tests;

/// <summary>Every verb's options on the one parser: the names kept from before the move, and their rules.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("analyze", "cv.pdf", "folder", "--role", "devops-engineer", "--format", "csv", "--out", "x.csv", "--today", "2026-11-01")]
    [InlineData("train", "--data", "d.jsonl", "--taxonomy", "s.json", "--out", "m.zip", "--seed", "7", "--l1", "0", "--l2", "0.5", "--min-count", "3", "--tolerance", "1e-6")]
    [InlineData("eval", "--data", "data/eval", "--catalog", "data", "--model", "m.zip", "--today", "2026-11-01", "--json", "r.json", "--verbose")]
    [InlineData("pdf-quality", "--corpus", "c", "--json", "--verbose")]
    public void TheVerbsAcceptTheirOptions(params string[] args) =>
        Assert.Empty(CommandLine.Build().Parse(args).Errors);

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "cv.pdf", "--format", "xml")]
    [InlineData("analyze", "cv.pdf", "--today", "1 November")]
    [InlineData("train", "--l2", "-1")]
    [InlineData("train", "--min-count", "0")]
    [InlineData("train", "--seed", "many")]
    [InlineData("eval", "--today", "2026-13-01")]
    [InlineData("eval", "--bogus")]
    [InlineData("pdf-quality", "--corpus")]
    [InlineData("lint")]
    public void AMalformedCommandLineIsAUsageError(params string[] args)
    {
        Assert.NotEmpty(CommandLine.Build().Parse(args).Errors);
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(args));
    }
}
