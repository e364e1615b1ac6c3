using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

/// <summary>A glyph in its text frame: <see cref="U"/> runs along the writing direction, <see cref="V"/> is the baseline, growing downward.</summary>
internal sealed class LocalGlyph
{
    // Without font metrics at this stage, ascent and descent are the usual proportions of the em square.
    private const double AscentRatio = 0.75;
    private const double DescentRatio = 0.25;

    public LocalGlyph(string text, double u, double v, double width, double fontSize, bool bold, bool isSpace, int sequence)
    {
        Text = text;
        U = u;
        V = v;
        Width = width;
        FontSize = fontSize;
        Bold = bold;
        IsSpace = isSpace;
        Sequence = sequence;
    }

    public string Text { get; set; }

    public double U { get; }

    public double V { get; }

    public double Width { get; }

    public double FontSize { get; }

    public bool Bold { get; set; }

    public bool IsSpace { get; }

    public int Sequence { get; }

    public double Right => U + Width;

    public double Top => V - (AscentRatio * FontSize);

    public double Bottom => V + (DescentRatio * FontSize);

    public static LocalGlyph From(PositionedGlyph glyph, TextFrame frame)
    {
        (double u, double v) = frame.ToLocal(glyph.X, glyph.Y);
        double fontSize = glyph.FontSize > 0 && double.IsFinite(glyph.FontSize) ? glyph.FontSize : 10;
        string text = glyph.Text ?? string.Empty;
        // The mapped text wins over the code: subset fonts (LibreOffice) reuse code 32 for letters such as "x".
        bool isSpace = text.Length == 0 ? glyph.IsSpace : IsBlank(text);

        // A missing or broken width would glue or split words; half an em is a typical letter.
        // Stand-alone accents may legitimately have no advance (they sit over the next letter).
        double width = glyph.Advance == 0 && AccentTable.IsStandaloneAccent(text)
            ? 0
            : glyph.Advance > 0 && double.IsFinite(glyph.Advance) && glyph.Advance < 4 * fontSize * Math.Max(1, text.Length)
            ? glyph.Advance
            : 0.5 * fontSize * Math.Max(1, text.Length);
        return new LocalGlyph(text, u, v, width, fontSize, glyph.Bold, isSpace, glyph.Sequence);
    }

    /// <summary>
    /// White space, or a zero-width space: Google Docs exports separate some words with U+200B alone, which a person reads
    /// as a word break.
    /// </summary>
    private static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B')
            {
                return false;
            }
        }

        return true;
    }
}
