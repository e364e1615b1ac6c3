using System.Globalization;

namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>
/// pdfTeX embeds METAFONT bitmap fonts (a TeX install without cm-super or lmodern) as Type 3 fonts whose glyphs are named
/// after their codes (/a27 at code 27) and carry no ToUnicode. The codes are TeX font encodings: T1 (Cork, the EC fonts
/// behind \usepackage[T1]{fontenc}), OT1 (the original Computer Modern text fonts) or TS1 (textcomp symbols: \textbullet,
/// \textperiodcentered …). Which one a font uses is not written anywhere, so it is told from the codes it uses: OT1 puts
/// its ligatures at 11–15 and nothing above 127; TS1 has no letters, so a font without ASCII letters that uses high codes
/// or TS1's arrows (\textrightarrow at 0x19, ı in T1) is TS1.
/// </summary>
internal static class TexBitmapEncodings
{
    private const string AsciiRange = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static readonly Lazy<string?[]> _t1 = new(BuildT1);
    private static readonly Lazy<string?[]> _ot1 = new(BuildOt1);
    private static readonly Lazy<string?[]> _ts1 = new(BuildTs1);

    /// <summary>Text per code when every named glyph is /a&lt;code&gt; (pdfTeX's bitmap fonts); otherwise null.</summary>
    public static string?[]? ForGlyphNames(string?[] glyphNames)
    {
        var used = new List<int>();
        for (var code = 0; code < glyphNames.Length; code++)
        {
            if (glyphNames[code] is not { } name || name == ".notdef")
            {
                continue;
            }

            if (name.Length < 2 || name[0] != 'a' || !int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != code)
            {
                return null;
            }

            used.Add(code);
        }

        if (used.Count == 0)
        {
            return null;
        }

        if (used.Exists(c => c is >= 128 or 0x18 or 0x19) && !used.Exists(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
        {
            return _ts1.Value;
        }

        var looksOt1 = used.Exists(c => c is >= 11 and <= 15) && !used.Exists(c => c is >= 27 and <= 31 or >= 128);
        return looksOt1 ? _ot1.Value : _t1.Value;
    }

    /// <summary>False for the TS1 symbol table: its glyphs (bullets, arrows) say nothing about a font's weight.</summary>
    public static bool IsTextEncoding(string?[] table) => !ReferenceEquals(table, _ts1.Value);

    private static string?[] BuildT1()
    {
        var table = WithAscii();
        string[] low =
        [
            "`", "´", "ˆ", "˜", "¨", "˝", "˚", "ˇ", "˘", "¯", "˙", "¸", "˛", "‚", "‹", "›",
            "“", "”", "„", "«", "»", "–", "—", "", "", "ı", "ȷ", "ff", "fi", "fl", "ffi", "ffl",
        ];
        low.CopyTo(table, 0);
        table[0x27] = "’";
        table[0x60] = "‘";
        table[0x7F] = "-";
        const string high =
            "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§" +
            "ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£";
        for (var i = 0; i < high.Length; i++)
        {
            table[0x80 + i] = high[i].ToString();
        }

        for (var code = 0xC0; code <= 0xFF; code++)
        {
            table[code] = ((char)code).ToString();
        }

        table[0xD7] = "Œ";
        table[0xDF] = "SS";
        table[0xF7] = "œ";
        table[0xFF] = "ß";
        return table;
    }

    private static string?[] BuildOt1()
    {
        var table = WithAscii();
        string[] low =
        [
            "Γ", "Δ", "Θ", "Λ", "Ξ", "Π", "Σ", "Υ", "Φ", "Ψ", "Ω", "ff", "fi", "fl", "ffi", "ffl",
            "ı", "ȷ", "`", "´", "ˇ", "˘", "¯", "˚", "¸", "ß", "æ", "œ", "ø", "Æ", "Œ", "Ø",
        ];
        low.CopyTo(table, 0);

        // Code 32 is the stroke TeX overlays to make ł and Ł from l and L.
        table[0x20] = "";
        table[0x22] = "”";
        table[0x27] = "’";
        table[0x3C] = "¡";
        table[0x3E] = "¿";
        table[0x5C] = "“";
        table[0x5E] = "ˆ";
        table[0x5F] = "˙";
        table[0x60] = "‘";
        table[0x7B] = "–";
        table[0x7C] = "—";
        table[0x7D] = "˝";
        table[0x7E] = "˜";
        table[0x7F] = "¨";
        return table;
    }

    /// <summary>Only the TS1 symbols whose Unicode is certain; the rest stay unmapped.</summary>
    private static string?[] BuildTs1()
    {
        var table = new string?[256];
        foreach (var (code, text) in (ReadOnlySpan<(int, string)>)
        [
            (0x18, "←"), (0x19, "→"), (0x24, "$"), (0x27, "'"), (0x2A, "∗"), (0x2C, ","), (0x2E, "."), (0x3C, "〈"), (0x3E, "〉"),
            (0x84, "†"), (0x85, "‡"), (0x86, "‖"), (0x87, "‰"), (0x88, "•"), (0x89, "℃"), (0x8C, "ƒ"), (0x97, "™"), (0x99, "¶"), (0x9B, "№"), (0x9E, "◦"),
            (0xA2, "¢"), (0xA3, "£"), (0xA4, "¤"), (0xA5, "¥"), (0xA6, "¦"), (0xA7, "§"), (0xA8, "¨"), (0xA9, "©"), (0xAA, "ª"), (0xAC, "¬"),
            (0xAE, "®"), (0xAF, "¯"), (0xB0, "°"), (0xB1, "±"), (0xB2, "²"), (0xB3, "³"), (0xB4, "´"), (0xB5, "µ"), (0xB6, "¶"), (0xB7, "·"),
            (0xB9, "¹"), (0xBA, "º"), (0xBB, "√"), (0xBC, "¼"), (0xBD, "½"), (0xBE, "¾"), (0xBF, "€"), (0xD6, "×"), (0xF6, "÷"),
        ])
        {
            table[code] = text;
        }

        for (var digit = 0; digit <= 9; digit++)
        {
            table['0' + digit] = ((char)('0' + digit)).ToString();
        }

        return table;
    }

    private static string?[] WithAscii()
    {
        var table = new string?[256];
        for (var i = 0; i < AsciiRange.Length; i++)
        {
            table[0x20 + i] = AsciiRange[i].ToString();
        }

        return table;
    }
}
