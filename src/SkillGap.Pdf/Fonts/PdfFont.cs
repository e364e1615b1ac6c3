using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>
/// What the content-stream interpreter needs from a font: split shown strings into codes,
/// map a code to Unicode, and know how far it advances.
/// </summary>
internal abstract class PdfFont
{
    /// <summary>The BaseFont name without a subset prefix (e.g. "Helvetica-Bold"), or "" if none.</summary>
    public abstract string Name { get; }

    /// <summary>Bold by name, /FontWeight ≥ 600 or the ForceBold flag.</summary>
    public abstract bool IsBold { get; }

    /// <summary>Type0 font with a vertical CMap (Identity-V and friends).</summary>
    public virtual bool IsVertical => false;

    /// <summary>
    /// Reads the next character code from a shown string. Returns the number of bytes consumed (always ≥ 1 while bytes remain),
    /// so a malformed string can never stall the caller.
    /// </summary>
    public abstract int ReadCode(ReadOnlySpan<byte> bytes, out int code);

    /// <summary>Unicode text for a code; "" when nothing maps it (the caller records that once per font).</summary>
    public abstract string ToUnicode(int code);

    /// <summary>Horizontal displacement in text-space units for a font size of 1 (w0/1000 for most fonts; Type 3 via FontMatrix).</summary>
    public abstract double GetWidth(int code);

    /// <summary>Vertical displacement (w1y/1000, normally negative) for vertical fonts.</summary>
    public virtual double GetVerticalDisplacement(int code) => -1.0;

    /// <summary>For Type 3 fonts, the FontMatrix; the interpreter needs it for glyph height. Null for other fonts.</summary>
    public virtual double[]? FontMatrix => null;
}
