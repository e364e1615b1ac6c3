using SkillGap.Pdf.Fonts;

namespace SkillGap.Pdf.Tests.Support;

/// <summary>A one-byte font: each code is its Latin-1 character, every glyph <see cref="Width"/> wide per unit of font size.</summary>
internal sealed class FakeFont(double width = 0.5, bool bold = false, bool vertical = false, double[]? fontMatrix = null) : PdfFont
{
    public double Width { get; } = width;

    public override string Name => "Fake";

    public override bool IsBold { get; } = bold;

    public override bool IsVertical { get; } = vertical;

    public override double[]? FontMatrix { get; } = fontMatrix;

    public override int ReadCode(ReadOnlySpan<byte> bytes, out int code)
    {
        code = bytes[0];
        return 1;
    }

    public override string ToUnicode(int code) => ((char)code).ToString();

    public override double GetWidth(int code) => Width;
}
