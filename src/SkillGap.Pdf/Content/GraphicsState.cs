using SkillGap.Pdf.Fonts;

namespace SkillGap.Pdf.Content;

/// <summary>The parts of the graphics state (§8.4) and text state (§9.3) that decide where text lands.</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm { get; set; } = Matrix.Identity;

    public PdfFont? Font { get; set; }

    public int FontId { get; set; } = -1;

    /// <summary>Glyph height per unit of font size: 1 for ordinary fonts, from FontMatrix and FontBBox for Type 3.</summary>
    public double FontHeightScale { get; set; } = 1;

    public double FontSize { get; set; }

    public double CharSpacing { get; set; }

    public double WordSpacing { get; set; }

    public double HorizontalScale { get; set; } = 1;

    public double Leading { get; set; }

    public double Rise { get; set; }

    public int RenderMode { get; set; }

    /// <summary>Bounding box of the clipping path; null while nothing is clipped.</summary>
    public ClipBox? Clip { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
