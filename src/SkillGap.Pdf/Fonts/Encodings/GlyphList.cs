using System.Globalization;
using System.Text;

namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>
/// Glyph name → Unicode through the Adobe Glyph List (and, for ZapfDingbats fonts, the ZapfDingbats list) and the AGL naming rules:
/// uniXXXX, uXXXX[XX], suffixes after a dot, and underscore-joined ligatures. Loaded once, lazily.
/// </summary>
internal static class GlyphList
{
    // Past the format's own name limit (127 bytes) with room to spare. Each suffix or size variant stripped costs one
    // level of recursion, so an unbounded name ("qbigbig…big", 600 KB) overflowed the stack and took the process down.
    private const int MaxGlyphNameLength = 255;

    private static readonly Lazy<Dictionary<string, string>> _names = new(() => Load("glyphlist.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Dictionary<string, string>> _dingbats = new(() => Load("zapfdingbats.txt"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Ligatures are spelled out: search and skill matching want letters, not presentation forms.</summary>
    private static readonly Dictionary<string, string> _ligatures = new(StringComparer.Ordinal)
    {
        ["ff"] = "ff",
        ["fi"] = "fi",
        ["fl"] = "fl",
        ["ffi"] = "ffi",
        ["ffl"] = "ffl",
        ["st"] = "st",
        ["longst"] = "st",
    };

    /// <summary>Unicode text for a glyph name, or null when the name carries no Unicode meaning (gXX, cidXX, made-up names).</summary>
    /// <param name="isDingbatsFont">Only ZapfDingbats fonts read the a1…a191 names as dingbats; elsewhere "a65" is just a made-up name.</param>
    /// <param name="withTexNames">
    /// False for Type 3 fonts: their glyph names are labels the producer chose (/square, /triangle), and a Computer Modern
    /// math name there says nothing about the character; only the glyph list's names and uniXXXX forms count.
    /// </param>
    public static string? ToUnicode(string glyphName, bool isDingbatsFont = false, bool withTexNames = true)
    {
        if (string.IsNullOrEmpty(glyphName) || glyphName == ".notdef" || glyphName.Length > MaxGlyphNameLength)
        {
            return null;
        }

        if (isDingbatsFont && _dingbats.Value.TryGetValue(glyphName, out var dingbat))
        {
            return dingbat;
        }

        if (_ligatures.TryGetValue(glyphName, out var ligature))
        {
            return ligature;
        }

        if (_names.Value.TryGetValue(glyphName, out var text))
        {
            return IsPrivateUse(text) ? FromStyledVariant(glyphName) ?? text : LigatureExpander.Expand(text);
        }

        var dot = glyphName.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(glyphName[..dot], withTexNames: withTexNames);
        }

        if (glyphName.Contains('_', StringComparison.Ordinal))
        {
            return FromComponents(glyphName.Split('_'), withTexNames);
        }

        return FromUniName(glyphName) ?? FromUName(glyphName) ?? (withTexNames ? FromTexName(glyphName) : null);
    }

    private static string? FromTexName(string glyphName)
    {
        if (TexGlyphNames.ToUnicode(glyphName) is { } text)
        {
            return text;
        }

        var baseName = TexGlyphNames.WithoutSizeSuffix(glyphName);
        return baseName.Length < glyphName.Length ? ToUnicode(baseName) : null;
    }

    /// <summary>
    /// The AGL sends Adobe's expert-set names (Asmall, oneoldstyle, asuperior) to the private use area; the letter or digit they
    /// style is what a reader wants. Small capitals become lower case, as their shapes are lower-case letters drawn as capitals.
    /// </summary>
    private static string? FromStyledVariant(string glyphName)
    {
        foreach (var suffix in (string[])["small", "oldstyle", "superior", "inferior"])
        {
            if (glyphName.Length > suffix.Length && glyphName.EndsWith(suffix, StringComparison.Ordinal)
                && ToUnicode(glyphName[..^suffix.Length]) is { } plain && !IsPrivateUse(plain))
            {
                return suffix == "small" ? plain.ToLowerInvariant() : plain;
            }
        }

        return null;
    }

    private static bool IsPrivateUse(string text) => text.Length == 1 && text[0] is >= '' and <= '';

    private static string? FromComponents(string[] parts, bool withTexNames)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            var text = ToUnicode(part, withTexNames: withTexNames);
            if (text is null)
            {
                return null;
            }

            builder.Append(text);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? FromUniName(string name)
    {
        if (!name.StartsWith("uni", StringComparison.Ordinal) || name.Length < 7 || (name.Length - 3) % 4 != 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 3; i < name.Length; i += 4)
        {
            if (!TryParseUpperHex(name.AsSpan(i, 4), out var unit) || unit is >= 0xD800 and <= 0xDFFF)
            {
                return null;
            }

            builder.Append((char)unit);
        }

        return LigatureExpander.Expand(builder.ToString());
    }

    private static string? FromUName(string name)
    {
        if (name.Length is < 5 or > 7 || name[0] != 'u')
        {
            return null;
        }

        if (!TryParseUpperHex(name.AsSpan(1), out var scalar) || scalar > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF)
        {
            return null;
        }

        return LigatureExpander.Expand(char.ConvertFromUtf32(scalar));
    }

    private static bool TryParseUpperHex(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            // AGL requires upper-case hex; real files use lower case too, so accept both.
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static Dictionary<string, string> Load(string fileName)
    {
        var names = new Dictionary<string, string>(4400, StringComparer.Ordinal);
        foreach (var line in FontResources.ReadLines(fileName))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon <= 0)
            {
                continue;
            }

            var builder = new StringBuilder();
            foreach (var hex in line[(semicolon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar))
                {
                    builder.Append(char.ConvertFromUtf32(scalar));
                }
            }

            names[line[..semicolon]] = builder.ToString();
        }

        return names;
    }
}
