namespace SkillGap.Pdf.Layout;

/// <summary>
/// A rotation that turns one writing direction into a local left-to-right, top-to-bottom frame, so words,
/// lines and columns of rotated text are found with the same code as horizontal text.
/// </summary>
internal readonly struct TextFrame
{
    private readonly double _cos;
    private readonly double _sin;

    public TextFrame(int angleDegrees)
    {
        Angle = angleDegrees;
        double radians = angleDegrees * Math.PI / 180.0;
        _cos = Math.Cos(radians);
        _sin = Math.Sin(radians);
    }

    /// <summary>Writing direction in whole degrees, counter-clockwise, 0 ≤ angle &lt; 360.</summary>
    public int Angle { get; }

    /// <summary>Buckets a glyph's angle so text that is rotated by the same amount shares one frame.</summary>
    public static int NormalizeAngle(double angle)
    {
        if (double.IsNaN(angle) || double.IsInfinity(angle))
        {
            return 0;
        }

        int rounded = (int)Math.Round(angle % 360.0);
        return ((rounded % 360) + 360) % 360;
    }

    /// <summary>Page point (y down) to local (u along the text, v down the lines).</summary>
    public (double U, double V) ToLocal(double x, double y) => ((x * _cos) - (y * _sin), (x * _sin) + (y * _cos));

    public (double X, double Y) ToPage(double u, double v) => ((u * _cos) + (v * _sin), (-u * _sin) + (v * _cos));

    /// <summary>The page-space box that holds a local box, whatever the rotation.</summary>
    public PdfRect ToPageBounds(double left, double top, double right, double bottom)
    {
        Span<(double X, double Y)> corners =
        [
            ToPage(left, top),
            ToPage(right, top),
            ToPage(left, bottom),
            ToPage(right, bottom),
        ];
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach ((double x, double y) in corners)
        {
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        return new PdfRect(Math.Round(minX, 2), Math.Round(minY, 2), Math.Round(maxX, 2), Math.Round(maxY, 2));
    }
}
