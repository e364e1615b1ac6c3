namespace SkillGap.Pdf.Layout;

/// <summary>An output line while blocks and hyphenation are still being settled, in its text frame's coordinates.</summary>
internal sealed class AssembledLine
{
    public required string Text { get; set; }

    public required double Left { get; init; }

    public required double Right { get; init; }

    public required double Top { get; init; }

    public required double Bottom { get; init; }

    public required double FontSize { get; init; }

    public required bool Bold { get; init; }

    public required int Region { get; init; }

    public int Block { get; set; }

    public static AssembledLine From(OrderedRow row)
    {
        List<string> words = BidiOrder.Logical(row.Parts.SelectMany(p => p.Words).Select(w => w.Text).ToList());
        int chars = row.Parts.Sum(p => p.CharCount);
        int boldChars = row.Parts.Sum(p => p.BoldCharCount);
        double fontSize = row.Parts.OrderByDescending(p => p.CharCount).First().FontSize;
        return new AssembledLine
        {
            Text = string.Join(' ', words),
            Left = row.Left,
            Right = row.Right,
            Top = row.Top,
            Bottom = row.Bottom,
            FontSize = fontSize,
            Bold = chars > 0 && 2 * boldChars > chars,
            Region = row.Region,
        };
    }
}
