namespace SkillGap.Pdf.Syntax;

internal enum PdfTokenKind
{
    EndOfInput,
    Number,
    LiteralString,
    HexString,
    Name,
    Keyword,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
}

/// <summary>One lexical token. <see cref="Start"/> is its byte offset, so parsers can step back to it.</summary>
internal readonly record struct PdfToken(PdfTokenKind Kind, int Start, double Number = 0, bool IsInteger = false, byte[]? Bytes = null, string? Text = null)
{
    public bool IsKeyword(string keyword) => Kind == PdfTokenKind.Keyword && Text == keyword;
}
