namespace SkillGap.Pdf;

/// <summary>Entry point: PDF bytes in, text with layout (or a typed failure) out. Never throws for bad input.</summary>
public static class PdfTextExtractor
{
    public static PdfTextResult Extract(byte[] data, PdfReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        _ = options;
        cancellationToken.ThrowIfCancellationRequested();
        return PdfTextResult.Failure(PdfReadStatus.Corrupt, "The PDF reader is not finished yet.");
    }
}
