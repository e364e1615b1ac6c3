using SkillGap.Core.Documents;

namespace SkillGap.Core.Tests.Documents;

public class ParagraphsTests
{
    private static DocumentLine Pdf(string text, double left, double right, int block = 0, bool bold = false) =>
        new(1, text, new LineHints(bold, 12, Block: block, Left: left, Right: right));

    private static ExtractedDocument Document(params DocumentLine[] lines) => new(ResumeFormat.Pdf, 1, lines, []);

    [Fact]
    public void AWrappedBulletIsOneParagraph()
    {
        var doc = Document(
            Pdf("• Containerised legacy apps with Docker and ran them on a small", 84, 498),
            Pdf("Kubernetes cluster (k8s).", 108, 262),
            Pdf("• Monitoring with Prometheus and Grafana; on-call rotation, wrote", 84, 506),
            Pdf("postmortems.", 108, 192));
        Assert.Equal(0..2, doc.ParagraphOf(1));
        Assert.Equal(0..2, doc.ParagraphOf(0));
        Assert.Equal(2..4, doc.ParagraphOf(3));
    }

    [Fact]
    public void ShortLinesOfAListStayApart()
    {
        var doc = Document(Pdf("Scripting", 72, 128), Pdf("Cloud", 72, 108), Pdf("Version control", 72, 166), Pdf("Bash, Python, PowerShell, Go, Terraform", 72, 300));
        Assert.Equal(1..2, doc.ParagraphOf(1));
        Assert.Equal(2..3, doc.ParagraphOf(2));
    }

    [Fact]
    public void ALineEndingItsSentenceOrABoldTitleStartsANewParagraph()
    {
        var doc = Document(
            Pdf("Systems Administrator, Baltic Freight — 03/2019 - 06/2024", 72, 470, bold: true),
            Pdf("Ran 120 RHEL and Ubuntu servers; patching with Ansible playbooks.", 72, 470),
            Pdf("Wrote Jenkins pipelines for the billing service and the", 72, 468),
            Pdf("internal tools.", 72, 150));
        Assert.Equal(0..1, doc.ParagraphOf(0));
        Assert.Equal(1..2, doc.ParagraphOf(1));
        Assert.Equal(2..4, doc.ParagraphOf(3));
    }

    [Fact]
    public void ADashWrappedToTheNextLineContinuesItsSentence()
    {
        var doc = Document(
            Pdf("Certified Kubernetes Administrator (CKA) · AWS Certified SysOps Administrator", 134, 479),
            Pdf("– Associate", 134, 186));
        Assert.Equal(0..2, doc.ParagraphOf(1));
    }

    [Fact]
    public void DashItemsOfADashListStayApartEvenWhenALineIsFull()
    {
        var doc = Document(
            Pdf("– Migrated forty services to Kubernetes on EKS with Helm charts and Argo CD", 72, 480),
            Pdf("– Wrote runbooks", 72, 150));
        Assert.Equal(1..2, doc.ParagraphOf(1));
    }

    [Fact]
    public void ADashLineAfterAShortLineStartsItsOwnParagraph()
    {
        var doc = Document(
            Pdf("Wrote Jenkins pipelines for the billing service and the internal tools", 72, 300),
            Pdf("– Associate", 72, 120),
            Pdf("A much longer line that sets the width of this block of text for the test", 72, 480));
        Assert.Equal(1..2, doc.ParagraphOf(1));
    }

    [Fact]
    public void LinesInDifferentBlocksNeverJoin()
    {
        var doc = Document(Pdf("Led the migration of forty services to", 72, 300, block: 0), Pdf("Kubernetes on EKS", 320, 500, block: 1));
        Assert.Equal(0..1, doc.ParagraphOf(0));
    }

    [Fact]
    public void DocxLinesAreTheirOwnParagraphs()
    {
        var doc = new ExtractedDocument(ResumeFormat.Docx, 1, [new DocumentLine(1, "A long line without a full stop", LineHints.None), new DocumentLine(1, "continues", LineHints.None)], []);
        Assert.Equal(0..1, doc.ParagraphOf(0));
        Assert.Equal(1..2, doc.ParagraphOf(1));
    }

    [Fact]
    public void ANarrowSidebarWrapsCertificationNamesEarly()
    {
        var doc = Document(
            Pdf("CCNP Enterprise", 101, 171),
            Pdf("(2021)", 101, 130),
            Pdf("Cisco Certified", 101, 163),
            Pdf("Network Associate", 101, 180),
            Pdf("(2017)", 101, 130),
            Pdf("Prometheus Certified", 101, 191),
            Pdf("Associate (PCA), 2024", 101, 195));
        Assert.Equal(0..2, doc.ParagraphOf(0));
        Assert.Equal(2..5, doc.ParagraphOf(3));
        Assert.Equal(5..7, doc.ParagraphOf(6));
    }
}
