using SkillGap.Pdf.Fonts;

namespace SkillGap.Pdf.Content;

/// <summary>
/// Stands in when no usable font is selected (no Tf, a missing resource, or a font that failed to load):
/// one byte per code, read as Latin-1, half an em wide. Keeps the text of simple files readable.
/// </summary>
internal sealed class FallbackFont : PdfFont
{
    public static FallbackFont Instance { get; } = new();

    public override string Name => "";

    public override bool IsBold => false;

    public override int ReadCode(ReadOnlySpan<byte> bytes, out int code)
    {
        code = bytes[0];
        return 1;
    }

    public override string ToUnicode(int code) => code is >= 32 and < 127 or >= 160 ? ((char)code).ToString() : "";

    public override double GetWidth(int code) => 0.5;
}
