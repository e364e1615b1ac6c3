using SkillGap.Pdf;

namespace SkillGap.Core.Documents;

/// <summary>Recognises a file by its bytes (never its name) and hands it to the matching reader.</summary>
public static class DocumentReader
{
    public static ResumeFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (PdfSignature.IsPdf(bytes))
        {
            return ResumeFormat.Pdf;
        }

        return DocxReader.LooksLikeDocx(bytes) ? ResumeFormat.Docx : null;
    }

    public static DocumentReadResult Read(
        byte[] bytes, PdfReadOptions? pdfOptions = null, CancellationToken cancellationToken = default, DocxReadOptions? docxOptions = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Empty, "The file is empty.");
        }

        if (OfficeEncryption.IsEncryptedOfficeFile(bytes))
        {
            return DocumentReadResult.Fail(
                DocumentReadFailureKind.PasswordProtected,
                "The Word document is password-protected. Remove the password (File > Info > Protect Document) and upload it again.");
        }

        return Sniff(bytes) switch
        {
            ResumeFormat.Pdf => PdfDocumentReader.Read(bytes, pdfOptions, cancellationToken),
            ResumeFormat.Docx => DocxReader.Read(bytes, docxOptions, cancellationToken),
            _ => DocumentReadResult.Fail(
                DocumentReadFailureKind.UnknownFormat,
                "The file is neither a PDF nor a Word document (.docx). Legacy .doc, images and text files are not supported."),
        };
    }
}
