namespace SkillGap.Core.Documents;

internal static class PdfSignature
{
    // Readers accept the header anywhere in the first 1024 bytes (some producers prepend junk).
    public static bool IsPdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;
}
