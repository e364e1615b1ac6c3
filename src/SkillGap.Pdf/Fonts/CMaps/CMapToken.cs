namespace SkillGap.Pdf.Fonts.CMaps;

internal enum CMapTokenKind
{
    End,
    Number,
    HexString,
    LiteralString,
    Name,
    Operator,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
}

/// <summary>One token of a CMap program. Strings keep their bytes; names and operators their text.</summary>
internal readonly record struct CMapToken(CMapTokenKind Kind, string Text, byte[]? Bytes, double Number);
