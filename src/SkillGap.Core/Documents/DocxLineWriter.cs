using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkillGap.Core.Documents;

/// <summary>Turns Word block elements into lines, in document order.</summary>
internal sealed class DocxLineWriter(DocxStyles styles, DocxBudget budget)
{
    // Tables in tables in text boxes: real resumes nest two or three deep; this only stops hostile files.
    private const int MaxDepth = 24;

    public List<DocumentLine> Lines { get; } = [];

    public void WriteBlocks(IEnumerable<OpenXmlElement> blocks, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph, depth);
                    break;
                case Table table:
                    WriteTable(table, depth);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    WriteBlocks(block.ChildElements, depth + 1);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph, int depth)
    {
        budget.Check();
        var hints = HintsFor(paragraph);
        foreach (var text in ParagraphLines(paragraph))
        {
            Lines.Add(new DocumentLine(1, text, hints));
        }

        foreach (var box in TextBoxes(paragraph))
        {
            WriteBlocks(box.ChildElements, depth + 1);
        }
    }

    private void WriteTable(Table table, int depth)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            var simple = cells.All(c => c.Elements<Paragraph>().Count() <= 1 && !c.Elements<Table>().Any());
            if (simple)
            {
                // A row of short cells reads best as one line: "Cloud | AWS, Azure".
                var texts = cells.Select(c => string.Join(' ', c.Elements<Paragraph>().SelectMany(ParagraphLines)))
                    .Where(t => t.Length > 0).ToList();
                if (texts.Count > 0)
                {
                    var firstParagraph = cells.SelectMany(c => c.Elements<Paragraph>()).FirstOrDefault();
                    Lines.Add(new DocumentLine(1, string.Join(" | ", texts), firstParagraph is null ? LineHints.None : HintsFor(firstParagraph)));
                }

                continue;
            }

            // Layout tables (sidebar templates) hold whole sections in a cell: read cell by cell.
            foreach (var cell in cells)
            {
                WriteBlocks(cell.ChildElements, depth + 1);
            }
        }
    }

    private LineHints HintsFor(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var level = styles.HeadingLevel(styleId);
        if (level == 0 && paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            level = Math.Min(outline + 1, 3);
        }

        var styleBold = styles.IsBold(styleId);
        int boldChars = 0, allChars = 0;
        double fontSize = 0;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var length = run.Elements<Text>().Sum(t => t.Text.Length);
            allChars += length;
            var bold = run.RunProperties?.Bold is { } b ? b.Val is null || b.Val.Value : styleBold;
            if (bold)
            {
                boldChars += length;
            }

            if (fontSize == 0 && run.RunProperties?.FontSize?.Val?.Value is { } halfPoints && double.TryParse(halfPoints, out var hp))
            {
                fontSize = hp / 2;
            }
        }

        var listItem = paragraph.ParagraphProperties?.NumberingProperties is not null;
        return new LineHints(allChars > 0 && boldChars * 2 > allChars, fontSize, level, listItem);
    }

    /// <summary>The paragraph's own text (not its text boxes), split at manual line breaks.</summary>
    private static IEnumerable<string> ParagraphLines(Paragraph paragraph)
    {
        var current = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (IsInsideNestedContent(element, paragraph))
            {
                continue;
            }

            switch (element)
            {
                case Text text:
                    current.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    // Kept: a tab stop sets a job header's city or dates apart ("Northwind Logistics<tab>Atlanta, GA").
                    current.Append('\t');
                    break;
                case NoBreakHyphen:
                    current.Append('-');
                    break;
                case Break or CarriageReturn:
                    if (Flush(current) is { } line)
                    {
                        yield return line;
                    }

                    break;
            }
        }

        if (Flush(current) is { } last)
        {
            yield return last;
        }
    }

    private static string? Flush(StringBuilder builder)
    {
        var text = Normalize(builder.ToString());
        builder.Clear();
        return text.Length == 0 ? null : text;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ch = c is '\u00A0' or '\u2007' or '\u202F' ? ' ' : c;
            if ((ch is ' ' or '\t') && (builder.Length == 0 || builder[^1] == '\t' || (ch == ' ' && builder[^1] == ' ')))
            {
                continue;
            }

            if (ch == '\t' && builder[^1] == ' ')
            {
                // Spaces around a tab are one tab: the words on either side of it are what matters.
                builder[^1] = '\t';
                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString().TrimEnd(' ', '\t');
    }

    // Text boxes and the fallback copy of alternate content belong elsewhere (or nowhere).
    private static bool IsInsideNestedContent(OpenXmlElement element, Paragraph paragraph) =>
        HasAncestorWithin(element, paragraph, static e => e is TextBoxContent or AlternateContentFallback);

    private static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box =>
            !HasAncestorWithin(box, paragraph, static e => e is AlternateContentFallback) && box.Ancestors<TextBoxContent>().FirstOrDefault() is null);

    private static bool HasAncestorWithin(OpenXmlElement element, Paragraph paragraph, Func<OpenXmlElement, bool> predicate)
    {
        for (var parent = element.Parent; parent is not null && parent != paragraph; parent = parent.Parent)
        {
            if (predicate(parent))
            {
                return true;
            }
        }

        return false;
    }
}
