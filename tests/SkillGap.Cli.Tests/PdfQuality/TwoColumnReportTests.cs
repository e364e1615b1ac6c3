using System.Text.RegularExpressions;
using SkillGap.Cli.PdfQuality;

namespace SkillGap.Cli.Tests.PdfQuality;

/// <summary>
/// pdf-quality scores two-column files on their own, and the column-by-column references render.sh writes for the
/// eval set's two-column PDFs hold exactly the words of their PDFs, so their order score measures order only.
/// </summary>
public sealed partial class TwoColumnReportTests
{
    private static readonly string EvalDirectory = Path.Combine(AppContext.BaseDirectory, "data", "eval");

    private static QualityRow Row(string group, string name, double order, int words) =>
        new(group, name, ReferenceKind: "checked", "Ok", 1, new WordScore(words, words, words), order, 1, [], []);

    public static TheoryData<string> TwoColumnPdfs() =>
        new(Directory.EnumerateFiles(EvalDirectory, "*.chromium-2col.pdf", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(EvalDirectory, path))
            .Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("rendered/r03/r03.chromium-2col.pdf", true)]
    [InlineData("two-column-sidebar.pdf", true)]
    [InlineData("resumematcher-modern-two-column.pdf", true)]
    [InlineData("rendered/r03/r03.chromium.pdf", false)]
    [InlineData("pdfpig-random-2-columns-lists-hyph-justified.pdf", false)]
    public void TwoColumnFilesAreKnownByName(string name, bool expected)
    {
        Assert.Equal(expected, CorpusFiles.IsTwoColumn(name));
    }

    [Fact]
    public void TheSummaryHasATwoColumnRowAcrossGroupsBeforeAll()
    {
        List<QualityRow> rows =
        [
            Row("eval", "rendered/r03/r03.chromium-2col.pdf", 0.9, 100),
            Row("eval", "rendered/r03/r03.chromium.pdf", 0.5, 100),
            Row("fixtures", "two-column-sidebar.pdf", 0.7, 100),
        ];

        List<GroupSummary> summaries = QualityReport.Summarise(rows);

        Assert.Equal(["eval", "fixtures", "two-column", "all"], summaries.Select(s => s.Group));
        GroupSummary twoColumn = summaries.Single(s => s.Group == "two-column");
        Assert.Equal(2, twoColumn.Files);
        Assert.Equal(0.8, twoColumn.MeanOrder, 4);
    }

    [Fact]
    public void WithoutTwoColumnFilesThereIsNoTwoColumnRow()
    {
        List<GroupSummary> summaries = QualityReport.Summarise([Row("eval", "rendered/r01/r01.chromium.pdf", 1, 10)]);

        Assert.Equal(["eval"], summaries.Select(s => s.Group));
    }

    [Theory]
    [MemberData(nameof(TwoColumnPdfs))]
    public void EveryTwoColumnRenderHasAColumnByColumnReferenceWithThePdfsWords(string pdf)
    {
        string path = Path.Combine(EvalDirectory, pdf);
        Assert.True(File.Exists(path + ".reference.txt"), $"{pdf} has no .reference.txt");

        // poppler's -layout text interleaves the columns, so a line-end hyphen is followed by the other column's
        // text there and by the word's rest here: compare the words with hyphens read as spaces on both sides.
        List<string> reference = Words(File.ReadAllText(path + ".reference.txt"));
        List<string> poppler = Words(File.ReadAllText(path + ".pdftotext.txt"));

        Assert.Equal(poppler.Order(StringComparer.Ordinal), reference.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TwoColumnPdfs))]
    public void AColumnByColumnReferenceOpensWithTheTitleBlockAboveBothColumns(string pdf)
    {
        string id = Path.GetFileName(pdf)[..^".chromium-2col.pdf".Length];
        string setDirectory = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.Combine(EvalDirectory, pdf))))!;
        string title = TitleLine().Match(File.ReadAllText(Path.Combine(setDirectory, "resumes", id + ".md"))).Groups[1].Value;

        string[] lines = File.ReadAllLines(Path.Combine(EvalDirectory, pdf + ".reference.txt"));

        Assert.NotEqual("", title);
        Assert.Equal(Tokenizer.Tokens(title), Tokenizer.Tokens(lines[0])); // pandoc turns ' into ’, which is no token
    }

    private static List<string> Words(string text) => Tokenizer.Tokens(text.Replace('-', ' '));

    [GeneratedRegex(@"^title: ""(.*)""$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
