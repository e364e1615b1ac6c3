using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Documents;

public class PdfDocumentReaderTests
{
    private static byte[] Fixture(string folder, string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name));

    [Fact]
    public void ReadsAPdfIntoLinesWithPages()
    {
        var result = DocumentReader.Read(Fixture("Pdf", "network-engineer-to-infra.pdf"));
        Assert.Null(result.Failure);
        var document = result.Document!;
        Assert.Equal(ResumeFormat.Pdf, document.Format);
        Assert.True(document.Pages >= 1);
        Assert.Contains(document.Lines, l => l.Text.Contains("Built site-to-site VPN tunnels into the AWS VPC and moved DNS to Route 53.", StringComparison.Ordinal));
    }

    [Fact]
    public void AScannedPdfWithoutTextSaysSo()
    {
        var result = DocumentReader.Read(Fixture("Pdf", "scanned.pdf"));
        Assert.Equal(DocumentReadFailureKind.NoText, result.Failure?.Kind);
        Assert.Contains("no text layer", result.Failure!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedPdfIsAFailureNotAnException()
    {
        var bytes = Fixture("Pdf", "sysadmin-to-devops.pdf");
        var result = DocumentReader.Read(bytes[..1200]);
        Assert.NotNull(result.Failure);
    }

    [Theory]
    [InlineData("network-engineer-to-infra")]
    [InlineData("sysadmin-to-devops")]
    public void TheSameResumeAsPdfAndDocxGivesTheSameSkillsAndCertifications(string name)
    {
        var analyzer = new ResumeAnalyzer(TestCatalogs.Real);
        var fromDocx = analyzer.Analyze(DocumentReader.Read(Fixture("Docx", name + ".docx")).Document!, new DateOnly(2025, 6, 15));
        var fromPdf = analyzer.Analyze(DocumentReader.Read(Fixture("Pdf", name + ".pdf")).Document!, new DateOnly(2025, 6, 15));

        Assert.Equal(fromDocx.Skills.Select(s => s.Id).Order(StringComparer.Ordinal), fromPdf.Skills.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(fromDocx.Certifications.Select(c => c.Id).Order(StringComparer.Ordinal), fromPdf.Certifications.Select(c => c.Id).Order(StringComparer.Ordinal));
        // Scores weigh dated use since scoring v2, and dates depend on how well the layout was read (this PDF's two
        // columns split a job header), so the formats must agree on the ranking of roles, not on every point.
        Assert.Equal(fromDocx.Roles.Select(r => r.Id), fromPdf.Roles.Select(r => r.Id));
    }
}
