using System.Runtime.InteropServices;

namespace SkillGap.Pdf.Layout;

/// <summary>Glyphs that touch along one baseline, with no space between them.</summary>
internal sealed class LayoutWord(string text, double left, double right)
{
    private const int StackLimit = 256;

    public string Text { get; } = text;

    public double Left { get; } = left;

    public double Right { get; } = right;

    /// <summary>The word made of <paramref name="count"/> glyphs from <paramref name="start"/>.</summary>
    public static LayoutWord From(List<LocalGlyph> glyphs, int start, int count)
    {
        ReadOnlySpan<LocalGlyph> span = CollectionsMarshal.AsSpan(glyphs).Slice(start, count);
        double left = double.MaxValue, right = double.MinValue;
        int length = 0;
        foreach (LocalGlyph glyph in span)
        {
            left = Math.Min(left, glyph.U);
            right = Math.Max(right, glyph.Right);
            length += glyph.Text.Length;
        }

        Span<char> buffer = length <= StackLimit ? stackalloc char[StackLimit] : new char[length];
        int written = 0;
        foreach (LocalGlyph glyph in span)
        {
            foreach (char c in glyph.Text)
            {
                // Control characters and stray whitespace inside a glyph's mapping are not part of a word.
                if (!char.IsControl(c) && !char.IsWhiteSpace(c))
                {
                    buffer[written++] = c;
                }
            }
        }

        // Most words are one glyph's text as it is; that string is reused rather than copied.
        string text = span.Length == 1 && written == span[0].Text.Length ? span[0].Text : new string(buffer[..written]);
        return new LayoutWord(text, left, right);
    }
}
