using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

internal static class PageLayoutBuilder
{
    /// <summary>Glyphs of one page → lines in reading order (words, lines, blocks, columns).</summary>
    public static IReadOnlyList<PdfTextLine> Build(IReadOnlyList<PositionedGlyph> glyphs, double pageWidth, double pageHeight)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        _ = pageWidth;
        _ = pageHeight;
        throw new NotImplementedException("Layout is being written; see Layout/.");
    }
}
