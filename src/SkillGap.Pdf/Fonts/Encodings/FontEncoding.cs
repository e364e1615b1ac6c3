namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>A simple font's encoding: one glyph name (or none) per single-byte code.</summary>
internal sealed class FontEncoding
{
    private readonly string?[] _names;

    public FontEncoding(string?[] names)
    {
        if (names.Length != 256)
        {
            throw new ArgumentException("An encoding has exactly 256 codes.", nameof(names));
        }

        _names = names;
    }

    public string? GetGlyphName(int code) => code is >= 0 and < 256 ? _names[code] : null;

    public FontEncoding WithOverrides(IReadOnlyDictionary<int, string> differences)
    {
        if (differences.Count == 0)
        {
            return this;
        }

        var names = (string?[])_names.Clone();
        foreach (var (code, name) in differences)
        {
            if (code is >= 0 and < 256)
            {
                names[code] = name;
            }
        }

        return new FontEncoding(names);
    }

    /// <summary>Builds an encoding from a space-separated list of names starting at <paramref name="firstCode"/>; "." leaves a code empty.</summary>
    public static string?[] NamesFrom(int firstCode, string spaceSeparated, string?[]? baseNames = null)
    {
        var names = baseNames is null ? new string?[256] : (string?[])baseNames.Clone();
        var code = firstCode;
        foreach (var name in spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            names[code++] = name == "." ? null : name;
        }

        return names;
    }
}
