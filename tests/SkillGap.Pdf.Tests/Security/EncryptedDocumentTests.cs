using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Security;

/// <summary>Fixtures were encrypted by qpdf from one plain page, so every cipher here is checked against an independent writer.</summary>
public sealed class EncryptedDocumentTests
{
    [Theory]
    [InlineData("rc4-40.pdf")]
    [InlineData("rc4-128.pdf")]
    [InlineData("rc4-128-crypt-filter.pdf")]
    [InlineData("aes-128.pdf")]
    [InlineData("aes-128-object-streams.pdf")]
    [InlineData("aes-256-r5.pdf")]
    [InlineData("aes-256.pdf")]
    public void DecryptsDocumentsOpenedWithTheEmptyUserPassword(string fixture)
    {
        var result = PdfTextExtractor.Extract(SharedCorpus.Fixture(fixture));

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Encrypted fixture text", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rc4-128-user-password.pdf")]
    [InlineData("aes-256-user-password.pdf")]
    public void ReportsDocumentsThatNeedAUserPassword(string fixture)
    {
        var result = PdfTextExtractor.Extract(SharedCorpus.Fixture(fixture));

        Assert.Equal(PdfReadStatus.PasswordProtected, result.Status);
        Assert.Contains("password", result.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReportsTheCorpusFileWhosePasswordIsPasswordAsProtected()
    {
        var result = PdfTextExtractor.Extract(SharedCorpus.Read("pdflib/pdfpig-encrypted-password-is-password.pdf"));

        Assert.Equal(PdfReadStatus.PasswordProtected, result.Status);
    }

    [Fact]
    public void OpensTheCorpusFileEncryptedOnlyWithAnOwnerPassword()
    {
        var result = PdfTextExtractor.Extract(SharedCorpus.Read("pdflib/pdfpig-iron-ore-q2-q3-2013.pdf"));

        Assert.Equal(PdfReadStatus.Ok, result.Status);
        Assert.Contains("Iron Ore", result.Text, StringComparison.Ordinal);
    }
}
