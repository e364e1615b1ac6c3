using System.Globalization;
using System.Text;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>
/// Tells bold from regular for Type 3 fonts that draw each glyph as a bitmap (pdfTeX's METAFONT fonts carry no name, no
/// descriptor, nothing that says "bold"): the typical stroke, the median run of ink across a glyph row, is about 0.07 em in
/// Computer Modern's text faces and 0.11 em in its bold extended faces.
/// </summary>
internal static class BitmapGlyphWeight
{
    private const double BoldStemEm = 0.09;
    private const int MinGlyphs = 3;
    private const int MaxGlyphs = 64;
    private const int MaxBitmapBytes = 64 * 1024;

    public static bool LooksBold(PdfDictionary font, IPdfObjectResolver resolver, double emPerGlyphUnit)
    {
        if (resolver.GetDictionary(font, "CharProcs") is not { } charProcs || !(emPerGlyphUnit > 0))
        {
            return false;
        }

        var runs = new List<double>();
        var glyphs = 0;
        foreach (var (_, value) in charProcs.Entries.Take(MaxGlyphs))
        {
            if (resolver.Resolve(value) is not PdfStream stream)
            {
                continue;
            }

            byte[] data;
            try
            {
                data = resolver.DecodeStream(stream);
            }
            catch (PdfCorruptException)
            {
                continue;
            }

            if (AddInkRuns(data, emPerGlyphUnit, runs))
            {
                glyphs++;
            }
        }

        if (glyphs < MinGlyphs || runs.Count == 0)
        {
            return false;
        }

        runs.Sort();
        return runs[runs.Count / 2] >= BoldStemEm;
    }

    /// <summary>Reads "[sx 0 0 sy x y cm] BI /W w /H h … ID bytes EI" and adds each row's ink runs, in em.</summary>
    private static bool AddInkRuns(byte[] data, double emPerGlyphUnit, List<double> runs)
    {
        var text = Encoding.Latin1.GetString(data, 0, Math.Min(data.Length, 512));
        var begin = text.IndexOf("BI", StringComparison.Ordinal);
        var id = begin < 0 ? -1 : text.IndexOf("ID", begin + 2, StringComparison.Ordinal);
        if (id < 0 || id + 3 > data.Length)
        {
            return false;
        }

        var header = text[(begin + 2)..id].Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int width = Number(header, "/W") ?? Number(header, "/Width") ?? 0, height = Number(header, "/H") ?? Number(header, "/Height") ?? 0;
        if (width <= 0 || height <= 0 || Array.Exists(header, t => t is "/F" or "/Filter"))
        {
            return false;
        }

        // Image masks paint 0 bits unless /Decode is [1 0].
        var decode = string.Join(' ', header);
        var inkBit = decode.Contains("/D [1 0]", StringComparison.Ordinal) || decode.Contains("/Decode [1 0]", StringComparison.Ordinal) ? 1 : 0;
        var unitsPerPixel = ImageWidthInGlyphUnits(text[..begin]) is { } imageWidth ? imageWidth / width : 1;
        var rowBytes = (width + 7) / 8;
        var start = id + 3;
        if ((long)rowBytes * height > MaxBitmapBytes || start + (rowBytes * height) > data.Length)
        {
            return false;
        }

        for (var row = 0; row < height; row++)
        {
            var run = 0;
            for (var x = 0; x <= width; x++)
            {
                var ink = x < width && ((data[start + (row * rowBytes) + (x >> 3)] >> (7 - (x & 7))) & 1) == inkBit;
                if (ink)
                {
                    run++;
                }
                else if (run > 0)
                {
                    runs.Add(run * unitsPerPixel * emPerGlyphUnit);
                    run = 0;
                }
            }
        }

        return true;
    }

    private static int? Number(string[] tokens, string key)
    {
        var at = Array.IndexOf(tokens, key);
        return at >= 0 && at + 1 < tokens.Length && int.TryParse(tokens[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The horizontal scale of the last "sx 0 0 sy x y cm" before the image: the width the bitmap covers.</summary>
    private static double? ImageWidthInGlyphUnits(string beforeImage)
    {
        var tokens = beforeImage.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var cm = Array.LastIndexOf(tokens, "cm");
        return cm >= 6 && double.TryParse(tokens[cm - 6], NumberStyles.Float, CultureInfo.InvariantCulture, out var sx) && sx > 0 ? sx : null;
    }
}
