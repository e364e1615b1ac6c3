using System.Globalization;

namespace SkillGap.Pdf.Fonts.Metrics;

/// <summary>The parts of an Adobe Font Metrics file a text extractor needs: advance widths by glyph name and the built-in encoding.</summary>
internal sealed class AfmMetrics
{
    private readonly Dictionary<string, double> _widths;

    private AfmMetrics(string fontName, string weight, Dictionary<string, double> widths, List<(int Code, string Name)> encodedGlyphs)
    {
        FontName = fontName;
        Weight = weight;
        _widths = widths;
        EncodedGlyphs = encodedGlyphs;
    }

    public string FontName { get; }

    public string Weight { get; }

    /// <summary>Codes 0–255 with their glyph names, in file order: the font's built-in encoding.</summary>
    public IReadOnlyList<(int Code, string Name)> EncodedGlyphs { get; }

    /// <summary>Width in glyph-space units (1000 per em).</summary>
    public bool TryGetWidth(string glyphName, out double width) => _widths.TryGetValue(glyphName, out width);

    public static AfmMetrics Parse(IEnumerable<string> lines)
    {
        var fontName = "";
        var weight = "";
        var widths = new Dictionary<string, double>(StringComparer.Ordinal);
        var encoded = new List<(int, string)>();
        foreach (var line in lines)
        {
            if (line.StartsWith("FontName ", StringComparison.Ordinal))
            {
                fontName = line[9..].Trim();
            }
            else if (line.StartsWith("Weight ", StringComparison.Ordinal))
            {
                weight = line[7..].Trim();
            }
            else if (line.StartsWith("C ", StringComparison.Ordinal))
            {
                ParseCharMetric(line, widths, encoded);
            }
        }

        return new AfmMetrics(fontName, weight, widths, encoded);
    }

    private static void ParseCharMetric(string line, Dictionary<string, double> widths, List<(int, string)> encoded)
    {
        int? code = null;
        double? width = null;
        string? name = null;
        foreach (var part in line.Split(';'))
        {
            var fields = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            switch (fields[0])
            {
                case "C" when int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c):
                    code = c;
                    break;
                case "WX" when double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w):
                    width = w;
                    break;
                case "N":
                    name = fields[1];
                    break;
            }
        }

        if (name is null)
        {
            return;
        }

        if (width is { } advance)
        {
            widths[name] = advance;
        }

        if (code is >= 0 and < 256)
        {
            encoded.Add((code.Value, name));
        }
    }
}
