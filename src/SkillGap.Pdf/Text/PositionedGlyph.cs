namespace SkillGap.Pdf.Text;

/// <summary>
/// One shown glyph, as the content-stream interpreter emits it and the layout stage consumes it.
/// Coordinates are in displayed-page space: page /Rotate and the crop box offset already applied,
/// origin at the top-left corner, y growing downward, in points.
/// </summary>
/// <param name="Text">Unicode for the glyph (may be several chars for ligatures or ActualText; empty if unmappable).</param>
/// <param name="X">Glyph origin on the baseline.</param>
/// <param name="Y">Baseline position.</param>
/// <param name="Advance">Advance along the writing direction, including char spacing, in points.</param>
/// <param name="FontSize">Effective font size in points (Tf size scaled by text matrix and CTM).</param>
/// <param name="Angle">Writing direction in degrees, counter-clockwise from left-to-right horizontal (0, 90, 180, 270, or other).</param>
/// <param name="Bold">The font is bold by name, weight or flags, or the text is filled and stroked.</param>
/// <param name="Invisible">Render mode 3 (e.g. an OCR layer) or clipped away.</param>
/// <param name="FontId">Identifies the font resource instance, so equal glyphs in different fonts can be told apart.</param>
/// <param name="Sequence">Order in which the content stream showed the glyph.</param>
/// <param name="IsSpace">The glyph is an explicit space (code 32 or a space mapping), useful as a word break hint.</param>
internal readonly record struct PositionedGlyph(
    string Text,
    double X,
    double Y,
    double Advance,
    double FontSize,
    double Angle,
    bool Bold,
    bool Invisible,
    int FontId,
    int Sequence,
    bool IsSpace);
