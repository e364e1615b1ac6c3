namespace SkillGap.Core.Documents;

/// <summary>
/// The text of a resume as lines in reading order. <see cref="Text"/> joins them with '\n', and every
/// character offset in an analysis (evidence start/length) points into that string.
/// </summary>
public sealed class ExtractedDocument
{
    private readonly int[] _lineStarts;

    public ExtractedDocument(ResumeFormat format, int pages, IReadOnlyList<DocumentLine> lines, IReadOnlyList<string> warnings)
    {
        Format = format;
        Pages = pages;
        Lines = lines;
        Warnings = warnings;
        _lineStarts = new int[lines.Count];
        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            _lineStarts[i] = offset;
            offset += lines[i].Text.Length + 1;
        }

        Text = string.Join('\n', lines.Select(l => l.Text));
        _paragraphStarts = Paragraphs.StartOfEachLine(lines);
    }

    private readonly int[] _paragraphStarts;

    public ResumeFormat Format { get; }

    public int Pages { get; }

    public IReadOnlyList<DocumentLine> Lines { get; }

    /// <summary>What the reader worked around; never resume text.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public string Text { get; }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>
    /// The lines of the paragraph holding a line: a PDF wraps one sentence over several lines, and context
    /// (is "Docker" here the tool?) and evidence must not depend on where a producer wrapped it.
    /// </summary>
    public Range ParagraphOf(int lineIndex)
    {
        var start = _paragraphStarts[lineIndex];
        var end = lineIndex + 1;
        while (end < _paragraphStarts.Length && _paragraphStarts[end] == start)
        {
            end++;
        }

        return start..end;
    }

    /// <summary>A paragraph's text on one line (its wrapped lines joined by spaces, so offsets match <see cref="Text"/>).</summary>
    public string ParagraphText(Range paragraph, out int start)
    {
        start = _lineStarts[paragraph.Start.Value];
        var last = paragraph.End.Value - 1;
        var end = _lineStarts[last] + Lines[last].Text.Length;
        return Text[start..end].Replace('\n', ' ');
    }

    /// <summary>Index of the line containing a character offset of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
