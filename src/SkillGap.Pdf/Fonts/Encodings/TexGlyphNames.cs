namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>
/// Glyph names from the Computer Modern math fonts (CMSY, CMMI, CMEX) that the Adobe Glyph List lacks, and the size variants of
/// CMEX (parenleftbig, summationdisplay…), which read as their base character.
/// </summary>
internal static class TexGlyphNames
{
    private static readonly Dictionary<string, string> _names = new(StringComparer.Ordinal)
    {
        ["prime"] = "\u2032",
        ["negationslash"] = "\u0338",
        ["vector"] = "\u20D7",
        ["diamondmath"] = "\u22C4",
        ["mapsto"] = "\u21A6",
        ["owner"] = "\u220B",
        ["latticetop"] = "\u22A4",
        ["angbracketleft"] = "\u27E8",
        ["angbracketright"] = "\u27E9",
        ["floorleft"] = "\u230A",
        ["floorright"] = "\u230B",
        ["ceilingleft"] = "\u2308",
        ["ceilingright"] = "\u2309",
        ["bardbl"] = "\u2016",
        ["unionsq"] = "\u2294",
        ["intersectionsq"] = "\u2293",
        ["followsequal"] = "\u2AB0",
        ["precedesequal"] = "\u2AAF",
        ["lessmuch"] = "\u226A",
        ["greatermuch"] = "\u226B",
        ["turnstileleft"] = "\u22A2",
        ["turnstileright"] = "\u22A3",
        ["triangle"] = "\u25B3",
        ["triangleinv"] = "\u25BD",
        ["triangleleft"] = "\u25C1",
        ["triangleright"] = "\u25B7",
        ["star"] = "\u22C6",
        ["circledot"] = "\u2299",
        ["circleminus"] = "\u2296",
        ["arrownortheast"] = "\u2197",
        ["arrowsoutheast"] = "\u2198",
        ["coproduct"] = "\u2210",
        ["lscript"] = "\u2113",
        ["Rfractur"] = "\u211C",
        ["Ifractur"] = "\u2111",
        ["epsilon1"] = "\u03F5",
        ["pi1"] = "\u03D6",
        ["rho1"] = "\u03F1",
        ["slurbelow"] = "\u2323",
        ["slurabove"] = "\u2322",
        ["circlecopyrt"] = "\u20DD",
    };

    private static readonly string[] _sizeSuffixes = ["Bigg", "bigg", "Big", "big", "display", "text"];

    /// <summary>The base glyph name with a CMEX size suffix removed, or the name itself.</summary>
    public static string WithoutSizeSuffix(string glyphName)
    {
        foreach (var suffix in _sizeSuffixes)
        {
            if (glyphName.Length > suffix.Length && glyphName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return glyphName[..^suffix.Length];
            }
        }

        return glyphName;
    }

    public static string? ToUnicode(string glyphName) => _names.TryGetValue(glyphName, out var text) ? text : null;
}
