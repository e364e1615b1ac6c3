using SkillGap.Pdf.Layout;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Tests.Layout;

/// <summary>Builds synthetic glyphs the way a content-stream interpreter would emit them, for layout tests.</summary>
internal sealed class GlyphPage
{
    private readonly List<PositionedGlyph> _glyphs = [];

    public double Width { get; init; } = 612;

    public double Height { get; init; } = 792;

    public IReadOnlyList<PositionedGlyph> Glyphs => _glyphs;

    /// <summary>Writes text left to right from (x, baseline); every character is half an em wide; spaces are space glyphs.</summary>
    public GlyphPage Text(string text, double x, double baseline, double fontSize = 10, bool bold = false, bool invisible = false, bool spaceGlyphs = true, int fontId = 1) =>
        Spaced(text, x, baseline, 0, fontSize, bold, invisible, spaceGlyphs, fontId);

    /// <summary>
    /// Like <see cref="Text"/>, with <paramref name="tracking"/> ems added after every character, spaces included, the
    /// way a producer positions letter-spaced text glyph by glyph (CSS letter-spacing, LaTeX's \so).
    /// </summary>
    public GlyphPage Spaced(string text, double x, double baseline, double tracking, double fontSize = 10, bool bold = false, bool invisible = false, bool spaceGlyphs = true, int fontId = 1)
    {
        double cursor = x;
        foreach (char c in text)
        {
            double advance = 0.5 * fontSize;
            if (c == ' ' && !spaceGlyphs)
            {
                cursor += advance + (tracking * fontSize);
                continue;
            }

            Add(new PositionedGlyph(c.ToString(), cursor, baseline, advance, fontSize, 0, bold, invisible, fontId, _glyphs.Count, c == ' '));
            cursor += advance + (tracking * fontSize);
        }

        return this;
    }

    /// <summary>Writes text rotated counter-clockwise by <paramref name="angle"/> degrees from its origin.</summary>
    public GlyphPage Rotated(string text, double x, double y, double angle, double fontSize = 10)
    {
        double radians = angle * Math.PI / 180;
        double step = 0.5 * fontSize;
        for (int i = 0; i < text.Length; i++)
        {
            double gx = x + (i * step * Math.Cos(radians));
            double gy = y - (i * step * Math.Sin(radians));
            Add(new PositionedGlyph(text[i].ToString(), gx, gy, step, fontSize, angle, false, false, 1, _glyphs.Count, text[i] == ' '));
        }

        return this;
    }

    public GlyphPage Glyph(string text, double x, double baseline, double advance, double fontSize = 10, bool bold = false, bool? isSpace = null)
    {
        Add(new PositionedGlyph(text, x, baseline, advance, fontSize, 0, bold, false, 1, _glyphs.Count, isSpace ?? text == " "));
        return this;
    }

    /// <summary>Lines of text one below another, as a column of a page.</summary>
    public GlyphPage Column(double x, double firstBaseline, double leading, params string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            Text(lines[i], x, firstBaseline + (i * leading));
        }

        return this;
    }

    public IReadOnlyList<PdfTextLine> Layout() => PageLayoutBuilder.Build(_glyphs, Width, Height);

    public List<string> LineTexts() => Layout().Select(l => l.Text).ToList();

    private void Add(PositionedGlyph glyph) => _glyphs.Add(glyph);
}
