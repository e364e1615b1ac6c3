using System.Collections.Concurrent;

namespace SkillGap.Pdf.Fonts.Metrics;

/// <summary>
/// The standard 14 fonts' metrics, embedded as AFM files, parsed on first use and kept.
/// Also maps the common Windows aliases (Arial, Times New Roman, Courier New) onto them.
/// </summary>
internal static class AfmLibrary
{
    private static readonly ConcurrentDictionary<string, Lazy<AfmMetrics?>> _cache = new(StringComparer.Ordinal);

    private static readonly (string Alias, string Family)[] _families =
    [
        ("TimesNewRomanPS", "Times"),
        ("TimesNewRoman", "Times"),
        ("Times", "Times"),
        ("CourierNewPS", "Courier"),
        ("CourierNew", "Courier"),
        ("Courier", "Courier"),
        ("ArialMT", "Helvetica"),
        ("Arial", "Helvetica"),
        ("Helvetica", "Helvetica"),
        ("Symbol", "Symbol"),
        ("ZapfDingbats", "ZapfDingbats"),
        ("Dingbats", "ZapfDingbats"),
    ];

    public static AfmMetrics? Get(string standardFontName) =>
        _cache.GetOrAdd(standardFontName, name => new Lazy<AfmMetrics?>(() => Load(name))).Value;

    /// <summary>The standard-14 name a BaseFont stands for ("Arial,BoldItalic" → "Helvetica-BoldOblique"), or null.</summary>
    public static string? StandardNameFor(string baseFont)
    {
        var compact = baseFont.Replace(" ", "", StringComparison.Ordinal);
        foreach (var (alias, family) in _families)
        {
            if (!compact.StartsWith(alias, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var style = compact[alias.Length..].TrimStart(',', '-').ToUpperInvariant();
            if (family is "Symbol" or "ZapfDingbats")
            {
                return style.Length == 0 ? family : null;
            }

            var bold = style.Contains("BOLD", StringComparison.Ordinal);
            var italic = style.Contains("ITALIC", StringComparison.Ordinal) || style.Contains("OBLIQUE", StringComparison.Ordinal);
            var rest = style.Replace("BOLD", "", StringComparison.Ordinal).Replace("ITALIC", "", StringComparison.Ordinal)
                .Replace("OBLIQUE", "", StringComparison.Ordinal).Replace("ROMAN", "", StringComparison.Ordinal)
                .Replace("MT", "", StringComparison.Ordinal).Replace("PS", "", StringComparison.Ordinal).Trim(',', '-');
            if (rest.Length > 0)
            {
                // "Arial Narrow", "Helvetica-Condensed-Light": a different design; the base metrics would mislead.
                return null;
            }

            return Compose(family, bold, italic);
        }

        return null;
    }

    private static string Compose(string family, bool bold, bool italic) => family switch
    {
        "Times" => (bold, italic) switch
        {
            (false, false) => "Times-Roman",
            (true, false) => "Times-Bold",
            (false, true) => "Times-Italic",
            _ => "Times-BoldItalic",
        },
        _ => (bold, italic) switch
        {
            (false, false) => family,
            (true, false) => family + "-Bold",
            (false, true) => family + "-Oblique",
            _ => family + "-BoldOblique",
        },
    };

    private static AfmMetrics? Load(string name)
    {
        var path = "afm/" + name + ".afm";
        return FontResources.Exists(path) ? AfmMetrics.Parse(FontResources.ReadLines(path)) : null;
    }
}
