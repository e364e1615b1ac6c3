using System.Text;
using SkillGap.Core.Documents;

namespace SkillGap.Core.Tests.Documents;

public class DocxReaderTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", name));

    private static ExtractedDocument ReadFixture(string name)
    {
        var result = DocumentReader.Read(Fixture(name));
        Assert.Null(result.Failure);
        return result.Document!;
    }

    [Fact]
    public void RecognisesDocxByItsBytesNotItsName()
    {
        Assert.Equal(ResumeFormat.Docx, DocumentReader.Sniff(Fixture("network-engineer-to-infra.docx")));
        Assert.Equal(ResumeFormat.Pdf, DocumentReader.Sniff("%PDF-1.7\n"u8));
        Assert.Null(DocumentReader.Sniff("PK\u0003\u0004not a word file"u8));
    }

    [Fact]
    public void ReadsHeaderFirstAndFooterLast()
    {
        var doc = ReadFixture("network-engineer-to-infra.docx");
        Assert.StartsWith("Priya Raman · priya.raman@example.com", doc.Lines[0].Text, StringComparison.Ordinal);
        Assert.Equal("Portfolio: github.com/priya-raman-example", doc.Lines[^1].Text);
    }

    [Fact]
    public void TableRowsBecomeOneLineEach()
    {
        var doc = ReadFixture("network-engineer-to-infra.docx");
        Assert.Contains(doc.Lines, l => l.Text == "Networking | TCP/IP, subnetting, VLANs, load balancers");
        Assert.Contains(doc.Lines, l => l.Text == "Cloud and automation | AWS, Terraform (learning), Linux, Bash");
    }

    [Fact]
    public void TextBoxTextAppearsOnceAfterItsParagraph()
    {
        var doc = ReadFixture("network-engineer-to-infra.docx");
        var box = doc.Lines.Select((l, i) => (l, i)).Where(p => p.l.Text.Contains("Open to relocation", StringComparison.Ordinal)).ToList();
        var anchor = doc.Lines.ToList().FindIndex(l => l.Text.StartsWith("Network engineer moving", StringComparison.Ordinal));
        Assert.Single(box);
        Assert.True(box[0].i > anchor);
        Assert.DoesNotContain("Open to relocation", doc.Lines[anchor].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsHeadingLevelsAndListItemsAsHints()
    {
        var doc = ReadFixture("network-engineer-to-infra.docx");
        Assert.Equal(1, doc.Lines.Single(l => l.Text == "Professional Experience").Hints.HeadingLevel);
        Assert.Equal(2, doc.Lines.Single(l => l.Text.StartsWith("Senior Network Engineer", StringComparison.Ordinal)).Hints.HeadingLevel);
        Assert.True(doc.Lines.Single(l => l.Text.StartsWith("Designed BGP", StringComparison.Ordinal)).Hints.ListItem);
    }

    [Fact]
    public void PandocDocumentKeepsListsAndTables()
    {
        var doc = ReadFixture("sysadmin-to-devops.docx");
        Assert.Contains(doc.Lines, l => l.Text == "Scripting | Bash, Python, PowerShell");
        Assert.Contains(doc.Lines, l => l.Text.StartsWith("Wrote Jenkins pipelines", StringComparison.Ordinal) && l.Hints.ListItem);
        Assert.Equal(2, doc.Lines.Single(l => l.Text == "Work History").Hints.HeadingLevel);
    }

    [Fact]
    public void LineOffsetsMatchTheJoinedText()
    {
        var doc = ReadFixture("sysadmin-to-devops.docx");
        for (var i = 0; i < doc.Lines.Count; i++)
        {
            Assert.Equal(doc.Lines[i].Text, doc.Text.Substring(doc.LineStart(i), doc.Lines[i].Text.Length));
            Assert.Equal(i, doc.LineAt(doc.LineStart(i)));
        }
    }

    [Fact]
    public void TruncatedDocxIsReportedAsDamaged()
    {
        var bytes = Fixture("sysadmin-to-devops.docx");
        var result = DocumentReader.Read(bytes[..(bytes.Length / 2)]);
        Assert.Equal(DocumentReadFailureKind.Corrupt, result.Failure?.Kind);
        Assert.Contains("damaged", result.Failure!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedOfficeContainerIsPasswordProtected()
    {
        // Word writes an OLE compound file with an "EncryptedPackage" stream; this builds the two marks the reader looks for.
        var header = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        var bytes = header.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[64]).ToArray();
        var result = DocumentReader.Read(bytes);
        Assert.Equal(DocumentReadFailureKind.PasswordProtected, result.Failure?.Kind);
    }

    [Fact]
    public void EmptyAndUnknownFilesAreRefusedWithReasons()
    {
        Assert.Equal(DocumentReadFailureKind.Empty, DocumentReader.Read([]).Failure?.Kind);
        Assert.Equal(DocumentReadFailureKind.UnknownFormat, DocumentReader.Read("just some text"u8.ToArray()).Failure?.Kind);
    }
}
