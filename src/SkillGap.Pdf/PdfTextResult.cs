namespace SkillGap.Pdf;

/// <summary>The outcome of reading one PDF: text with layout, or a typed reason why there is none.</summary>
public sealed class PdfTextResult
{
    public required PdfReadStatus Status { get; init; }

    /// <summary>A sentence for a person when <see cref="Status"/> is not <see cref="PdfReadStatus.Ok"/>.</summary>
    public string? Detail { get; init; }

    public int PageCount { get; init; }

    public IReadOnlyList<PdfPageText> Pages { get; init; } = [];

    /// <summary>Problems the reader worked around. Never contains document text.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Lines in reading order, pages separated by a form feed-free blank line.</summary>
    public string Text => string.Join("\n\n", Pages.Select(p => string.Join('\n', p.Lines.Select(l => l.Text))));

    public static PdfTextResult Failure(PdfReadStatus status, string detail, IReadOnlyList<string>? warnings = null) =>
        new() { Status = status, Detail = detail, Warnings = warnings ?? [] };
}

/// <param name="Number">1-based page number.</param>
/// <param name="Width">Displayed width in points (after /Rotate).</param>
/// <param name="Height">Displayed height in points (after /Rotate).</param>
public sealed record PdfPageText(int Number, double Width, double Height, IReadOnlyList<PdfTextLine> Lines);

/// <param name="Text">The line's text, words separated by single spaces.</param>
/// <param name="Bounds">Box in displayed-page space: origin top-left, y grows downward, points.</param>
/// <param name="FontSize">Dominant effective font size in points (font size times text and graphics scale).</param>
/// <param name="Bold">Most of the line is set in a bold face (by font name, weight, flags or fake-bold stroking).</param>
/// <param name="Block">Index of the block (paragraph/column piece) the line belongs to on its page, in reading order.</param>
public sealed record PdfTextLine(string Text, PdfRect Bounds, double FontSize, bool Bold, int Block);

public readonly record struct PdfRect(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;
}
