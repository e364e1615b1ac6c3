namespace SkillGap.Core.Documents;

/// <summary>One line of extracted text with the layout hints section detection uses.</summary>
/// <param name="Page">1-based page (DOCX: 1, since Word decides pagination when it renders).</param>
/// <param name="Text">The line without its line break.</param>
/// <param name="Hints">How the line looked.</param>
public sealed record DocumentLine(int Page, string Text, LineHints Hints);

/// <param name="Bold">Most of the line is bold.</param>
/// <param name="FontSize">Dominant font size in points; 0 when unknown.</param>
/// <param name="HeadingLevel">1–3 for a DOCX Heading style or outline level; 0 otherwise.</param>
/// <param name="ListItem">A bullet or numbered list item.</param>
/// <param name="Block">Layout block on its page (PDF), -1 when the format has none (DOCX lines are whole paragraphs).</param>
/// <param name="Left">Left edge in points (PDF), 0 when unknown.</param>
/// <param name="Right">Right edge in points (PDF), 0 when unknown.</param>
/// <param name="Top">Top edge in points from the top of the page (PDF), 0 when unknown: lines of one baseline share it.</param>
/// <param name="Bottom">Bottom edge in points (PDF), 0 when unknown.</param>
public sealed record LineHints(
    bool Bold = false,
    double FontSize = 0,
    int HeadingLevel = 0,
    bool ListItem = false,
    int Block = -1,
    double Left = 0,
    double Right = 0,
    double Top = 0,
    double Bottom = 0)
{
    public static LineHints None { get; } = new();
}
