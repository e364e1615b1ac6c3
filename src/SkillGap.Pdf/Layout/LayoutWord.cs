using System.Text;

namespace SkillGap.Pdf.Layout;

/// <summary>Glyphs that touch along one baseline, with no space between them.</summary>
internal sealed class LayoutWord
{
    public LayoutWord(List<LocalGlyph> glyphs)
    {
        Glyphs = glyphs;
        double left = double.MaxValue, right = double.MinValue;
        var text = new StringBuilder();
        foreach (LocalGlyph glyph in glyphs)
        {
            left = Math.Min(left, glyph.U);
            right = Math.Max(right, glyph.Right);
            foreach (char c in glyph.Text)
            {
                // Control characters and stray whitespace inside a glyph's mapping are not part of a word.
                if (!char.IsControl(c) && !char.IsWhiteSpace(c))
                {
                    text.Append(c);
                }
            }
        }

        Text = text.ToString();
        Left = left;
        Right = right;
    }

    public List<LocalGlyph> Glyphs { get; }

    public string Text { get; }

    public double Left { get; }

    public double Right { get; }
}
