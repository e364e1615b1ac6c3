using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Content;

/// <summary>Text-showing operators: glyph placement by the text rendering matrix and advance by widths (§9.4.4).</summary>
internal sealed partial class ContentInterpreter
{
    // Without font metrics here, ascent and descent are the usual shares of the em square.
    private const double GlyphAscent = 0.75;
    private const double GlyphDescent = 0.25;

    private bool _warnedMissingFont;

    // Glyphs of a line share their direction vector: its angle is computed once, for the exact same bits only.
    private bool _angleKnown;
    private long _angleDirectionX;
    private long _angleDirectionY;
    private double _angle;

    /// <summary>
    /// Text placed outside the visible page (a known trick for hiding keywords, or a table cell that overflows the
    /// page edge) cannot be seen by a reader. A glyph counts as off the page when its whole box, from the descent to
    /// the ascent and from its origin to its advance, lies beyond an edge; a glyph the edge cuts through stays.
    /// </summary>
    private bool IsOffPage(double x, double y, (double X, double Y) along, (double X, double Y) up)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (double s in (ReadOnlySpan<double>)[0, 1])
        {
            foreach (double t in (ReadOnlySpan<double>)[-GlyphDescent, GlyphAscent])
            {
                double cx = x + (s * along.X) + (t * up.X), cy = y + (s * along.Y) + (t * up.Y);
                (minX, maxX, minY, maxY) = (Math.Min(minX, cx), Math.Max(maxX, cx), Math.Min(minY, cy), Math.Max(maxY, cy));
            }
        }

        return maxX < 0 || maxY < 0 || minX > _pageWidth || minY > _pageHeight;
    }

    /// <summary>The glyph's rough box (origin, advance and font size, any direction) lies wholly outside the clip box.</summary>
    private bool IsClippedAway(double x, double y, double advance, double fontSize)
    {
        if (_state.Clip is not { } clip)
        {
            return false;
        }

        double reach = Math.Abs(advance) + fontSize;
        return !clip.Overlaps(x - reach, y - reach, x + reach, y + reach, tolerance: 0.5);
    }

    private void ShowTextWithPositions(PdfArray items)
    {
        bool spacingCancelled = CancelsCharacterSpacing(items);
        foreach (PdfObject item in items.Items)
        {
            if (item is PdfString text)
            {
                ShowText(text.Bytes, spacingCancelled);
            }
            else if (item is PdfNumber { Value: var adjustment } && double.IsFinite(adjustment))
            {
                // Numbers are thousandths of text space, subtracted from the position along the writing direction.
                double shift = -adjustment / 1000 * _state.FontSize;
                _textMatrix = _state.Font?.IsVertical == true
                    ? Matrix.Translation(0, shift).Multiply(_textMatrix)
                    : Matrix.Translation(shift * _state.HorizontalScale, 0).Multiply(_textMatrix);
            }
        }
    }

    /// <summary>
    /// Some producers set a large character spacing and take it back with a TJ number after nearly every string (one
    /// letter each), giving the words' gaps by taking back less. Their glyphs' extent is then the glyph's own width: with
    /// the spacing counted in, every word would reach over the gap to the next one and words would run together.
    /// </summary>
    private bool CancelsCharacterSpacing(PdfArray items)
    {
        double spacing = _state.CharSpacing;
        if (spacing <= 0 || _state.Font?.IsVertical == true)
        {
            return false;
        }

        int strings = 0, cancelled = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PdfString)
            {
                continue;
            }

            strings++;
            if (i + 1 < items.Count && items[i + 1] is PdfNumber { Value: var next } && next / 1000 * _state.FontSize >= 0.8 * spacing)
            {
                cancelled++;
            }
        }

        return strings >= 2 && 2 * cancelled >= strings;
    }

    /// <param name="bytes">The string's codes.</param>
    /// <param name="spacingCancelled">The TJ array takes the character spacing back after its strings (see <see cref="CancelsCharacterSpacing"/>).</param>
    private void ShowText(byte[] bytes, bool spacingCancelled = false)
    {
        var font = _state.Font;
        if (font is null)
        {
            if (!_warnedMissingFont)
            {
                _resolver.Warn("Text was shown without a font; it was decoded as plain Latin-1.");
                _warnedMissingFont = true;
            }

            font = FallbackFont.Instance;
        }

        double size = _state.FontSize;
        double scale = _state.HorizontalScale;
        bool vertical = font.IsVertical;
        bool bold = font.IsBold || _state.RenderMode is 2 or 6;
        bool invisible = _state.RenderMode is 3 or 7;
        int position = 0;
        while (position < bytes.Length)
        {
            _budget.CountGlyph();
            int consumed = Math.Max(1, font.ReadCode(bytes.AsSpan(position), out int code));
            position += consumed;
            bool wordSpace = consumed == 1 && code == 32;
            string text = font.ToUnicode(code);
            double spacing = _state.CharSpacing + (wordSpace ? _state.WordSpacing : 0);

            var textToDevice = _textMatrix.Multiply(_state.Ctm).Multiply(_display);
            var glyphToDevice = new Matrix(size * scale, 0, 0, size, 0, _state.Rise).Multiply(textToDevice);
            var (x, y) = glyphToDevice.Transform(0, 0);

            double tx = 0;
            double ty = 0;
            if (vertical)
            {
                ty = (font.GetVerticalDisplacement(code) * size) + spacing;
            }
            else
            {
                tx = ((font.GetWidth(code) * size) + spacing) * scale;
            }

            double extentX = spacingCancelled && !vertical ? font.GetWidth(code) * size * scale : tx;
            var (advanceX, advanceY) = textToDevice.TransformVector(extentX, ty);
            double advance = Math.Sqrt((advanceX * advanceX) + (advanceY * advanceY));
            var (directionX, directionY) = vertical && advance > 0 ? (advanceX, advanceY) : glyphToDevice.TransformVector(1, 0);
            double fontSize = Math.Sqrt((glyphToDevice.C * glyphToDevice.C) + (glyphToDevice.D * glyphToDevice.D)) * _state.FontHeightScale;

            if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(fontSize))
            {
                _collector.Add(new PositionedGlyph(
                    text,
                    x,
                    y,
                    // Vertical fonts advance downward (negative w1y) by design; the direction is already in the angle.
                    !vertical && tx < 0 ? -advance : advance,
                    fontSize,
                    WritingAngle(directionX, directionY),
                    bold,
                    invisible || IsOffPage(x, y, (advanceX, advanceY), glyphToDevice.TransformVector(0, 1)) || IsClippedAway(x, y, advance, fontSize),
                    _state.FontId,
                    0,
                    wordSpace || text == " "));
            }

            _textMatrix = Matrix.Translation(tx, ty).Multiply(_textMatrix);
        }
    }

    /// <summary>Degrees counter-clockwise from left-to-right horizontal, 0 ≤ angle &lt; 360, rounded to 0.001.</summary>
    private double WritingAngle(double directionX, double directionY)
    {
        long x = BitConverter.DoubleToInt64Bits(directionX), y = BitConverter.DoubleToInt64Bits(directionY);
        if (!_angleKnown || x != _angleDirectionX || y != _angleDirectionY)
        {
            double angle = Math.Atan2(-directionY, directionX) * 180 / Math.PI;
            (_angleDirectionX, _angleDirectionY, _angle) = (x, y, (Math.Round(angle < 0 ? angle + 360 : angle, 3) % 360) + 0.0);
            _angleKnown = true;
        }

        return _angle;
    }
}
