using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Analysis;

/// <summary>A hostile one-line list of thousands of mentions is read through a bounded window around each one.</summary>
public class LongParagraphTests
{
    private static readonly ResumeAnalyzer Analyzer = new(TestCatalogs.Real);

    private static ExtractedDocument Lines(params string[] lines) =>
        new(ResumeFormat.Docx, 1, lines.Select(l => new DocumentLine(1, l, LineHints.None)).ToList(), []);

    [Fact]
    public void EveryEvidenceOfAMentionInAHugeParagraphPointsAtTheMentionWithABoundedSnippet()
    {
        var line = "Skills: " + string.Join(", ", Enumerable.Repeat("Kubernetes", 3_000)) + ", Terraform";
        var document = Lines("Skills", line);

        var analysis = Analyzer.Analyze(document, new DateOnly(2026, 1, 1));

        var kubernetes = analysis.Skills.Single(s => s.Id == "kubernetes");
        Assert.Equal(3_000, kubernetes.Evidence.Count);
        Assert.All(kubernetes.Evidence, e =>
        {
            Assert.Equal("Kubernetes", document.Text.Substring(e.Start, e.Length));
            Assert.Contains("Kubernetes", e.Snippet, StringComparison.Ordinal);
            Assert.InRange(e.Snippet.Length, 1, 242);
        });
        var terraform = Assert.Single(analysis.Skills.Single(s => s.Id == "terraform").Evidence);
        Assert.Equal("Terraform", document.Text.Substring(terraform.Start, terraform.Length));
    }

    [Fact]
    public void ShortParagraphsAreReadWholeAsBefore()
    {
        var paragraph = "Skills: Go, Kubernetes and Terraform";
        var document = Lines("Skills", paragraph);

        var go = Analyzer.Analyze(document, new DateOnly(2026, 1, 1)).Skills.Single(s => s.Id == "go");

        Assert.Equal(paragraph, Assert.Single(go.Evidence).Snippet);
    }

    [Fact]
    public void AnAmbiguousAliasDeepInsideAHugeParagraphIsStillJudgedInItsContext()
    {
        var filler = string.Join(" ", Enumerable.Repeat("Handled on-call rotations for the payments platform.", 200));
        var document = Lines("Skills", filler + " Wrote services in Go, Python and Kubernetes operators. " + filler);

        var analysis = Analyzer.Analyze(document, new DateOnly(2026, 1, 1));

        var go = analysis.Skills.Single(s => s.Id == "go");
        var evidence = Assert.Single(go.Evidence);
        Assert.Equal("Go", document.Text.Substring(evidence.Start, evidence.Length));
        Assert.StartsWith("Wrote services in Go", evidence.Snippet, StringComparison.Ordinal);
    }
}
