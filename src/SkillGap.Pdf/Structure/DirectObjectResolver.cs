using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// A resolver for the moments before the cross-reference table exists (reading xref streams):
/// direct objects pass through, references resolve to null.
/// </summary>
internal sealed class DirectObjectResolver : IPdfObjectResolver
{
    public PdfObject Resolve(PdfObject? obj) => obj is null or PdfReference ? PdfNull.Instance : obj;

    public byte[] DecodeStream(PdfStream stream) => throw new PdfCorruptException("Streams cannot be decoded before the cross-reference table is read.");

    public void Warn(string message)
    {
    }
}
