namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>
/// Word and others map the Symbol font's glyphs to U+F020–U+F0FF (its Windows (3,0) cmap range). For fonts that are Symbol, the low byte
/// is a Symbol-encoding code, so "\uF0B4" is really × and "\uF061" α.
/// </summary>
internal static class SymbolPrivateUse
{
    public static bool IsSymbolFont(string fontName) =>
        fontName is "Symbol" or "SymbolMT" || fontName.StartsWith("Symbol,", StringComparison.Ordinal) || fontName.StartsWith("SymbolMT,", StringComparison.Ordinal);

    public static string? Resolve(string? text)
    {
        if (text is not { Length: 1 } || text[0] is < '\uF020' or > '\uF0FF')
        {
            return text;
        }

        var glyphName = StandardEncodings.Symbol.GetGlyphName(text[0] & 0xFF);
        return glyphName is null ? text : GlyphList.ToUnicode(glyphName) ?? text;
    }
}
