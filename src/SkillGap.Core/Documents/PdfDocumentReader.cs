using SkillGap.Pdf;

namespace SkillGap.Core.Documents;

/// <summary>Adapts our PDF library's result to the document model the analysis reads.</summary>
internal static class PdfDocumentReader
{
    public static DocumentReadResult Read(byte[] bytes, PdfReadOptions? options, CancellationToken cancellationToken)
    {
        var result = PdfTextExtractor.Extract(bytes, options, cancellationToken);
        if (result.Status != PdfReadStatus.Ok)
        {
            return DocumentReadResult.Fail(MapFailure(result.Status), result.Detail ?? DefaultDetail(result.Status));
        }

        var lines = new List<DocumentLine>();
        foreach (var page in result.Pages)
        {
            foreach (var line in page.Lines)
            {
                lines.Add(new DocumentLine(page.Number, line.Text, new LineHints(line.Bold, line.FontSize, Block: line.Block, Left: line.Bounds.Left, Right: line.Bounds.Right, Top: line.Bounds.Top, Bottom: line.Bounds.Bottom)));
            }
        }

        if (lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.NoText, DefaultDetail(PdfReadStatus.NoTextLayer));
        }

        return DocumentReadResult.Success(new ExtractedDocument(ResumeFormat.Pdf, result.PageCount, lines, result.Warnings));
    }

    private static DocumentReadFailureKind MapFailure(PdfReadStatus status) => status switch
    {
        PdfReadStatus.PasswordProtected => DocumentReadFailureKind.PasswordProtected,
        PdfReadStatus.NoTextLayer => DocumentReadFailureKind.NoText,
        PdfReadStatus.OverBudget => DocumentReadFailureKind.TooComplex,
        _ => DocumentReadFailureKind.Corrupt,
    };

    private static string DefaultDetail(PdfReadStatus status) => status switch
    {
        PdfReadStatus.PasswordProtected => "The PDF is password-protected. Remove the password and upload it again.",
        PdfReadStatus.NoTextLayer => "This PDF has no text layer (it looks scanned). Export it from your editor as a text PDF.",
        PdfReadStatus.OverBudget => "The PDF is too large or complex to read within our limits.",
        _ => "The PDF is damaged and could not be read.",
    };
}
