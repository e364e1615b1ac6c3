using SkillGap.Pdf.Fonts.CMaps;
using SkillGap.Pdf.Fonts.Encodings;
using SkillGap.Pdf.Fonts.Metrics;
using SkillGap.Pdf.Fonts.Programs;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>
/// Resolves a simple font's 256 codes to Unicode and widths, in priority order: ToUnicode, then the encoding's glyph names
/// (with /Differences) through the glyph list, then the embedded program (TrueType cmap/post, Type 1 or CFF encoding).
/// </summary>
internal static class SimpleFontBuilder
{
    private const double DefaultWidth = 500;

    public static SimpleFont Build(PdfDictionary font, string subtype, IPdfObjectResolver resolver, CMap? toUnicode)
    {
        var baseFont = resolver.GetName(font, "BaseFont") ?? resolver.GetName(font, "Name") ?? "";
        var name = FontNames.StripSubsetPrefix(baseFont);
        var descriptor = FontDescriptor.Read(resolver.GetDictionary(font, "FontDescriptor"), resolver);
        var program = EmbeddedProgram.Load(descriptor, resolver, name);
        var standardName = AfmLibrary.StandardNameFor(name);
        var afm = standardName is null ? null : AfmLibrary.Get(standardName);
        var isTrueType = subtype == "TrueType";
        var isType3 = subtype == "Type3";
        var encoding = ResolveEncoding(font, resolver, program, standardName, descriptor, isTrueType, isType3);
        var isDingbats = standardName == "ZapfDingbats" || name.Contains("Dingbats", StringComparison.OrdinalIgnoreCase);
        var isSymbol = SymbolPrivateUse.IsSymbolFont(name);
        var unicode = new string?[256];
        var glyphNames = new string?[256];
        for (var code = 0; code < 256; code++)
        {
            glyphNames[code] = encoding.Encoding?.GetGlyphName(code);
        }

        var texBitmap = isType3 ? TexBitmapEncodings.ForGlyphNames(glyphNames) : null;
        for (var code = 0; code < 256; code++)
        {
            unicode[code] = ResolveUnicode(code, glyphNames[code], toUnicode, program, encoding.Encoding is null || encoding.IsSymbolicTrueType, isDingbats, isType3);
            if (isSymbol)
            {
                unicode[code] = SymbolPrivateUse.Resolve(unicode[code]);
            }

            if (unicode[code] is null && texBitmap is not null)
            {
                unicode[code] = texBitmap[code];
            }

            if (unicode[code] is null && isType3 && code is >= 0x20 and <= 0x7E)
            {
                // Type 3 glyph names are often private (/a65, /square); bitmap fonts from TeX and most tools keep ASCII codes, as pdftotext assumes too.
                unicode[code] = ((char)code).ToString();
            }
        }

        var fontMatrix = isType3 ? ReadFontMatrix(font, resolver) : null;
        var widths = ReadWidths(font, resolver, descriptor, afm, glyphNames);
        var isBold = descriptor.IsBold(name) || (afm?.Weight.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false)
            || (texBitmap is not null && TexBitmapEncodings.IsTextEncoding(texBitmap) && BitmapGlyphWeight.LooksBold(font, resolver, Math.Abs(fontMatrix![0])));
        return new SimpleFont(name, isBold, unicode, widths, fontMatrix, resolver.Warn);
    }

    private static string? ResolveUnicode(int code, string? glyphName, CMap? toUnicode, EmbeddedProgram program, bool useTrueTypeCmap, bool isDingbats, bool isType3)
    {
        if (toUnicode?.LookupUnicode(code) is { Length: > 0 } mapped)
        {
            return mapped;
        }

        if (glyphName is not null && GlyphList.ToUnicode(glyphName, isDingbats, withTexNames: !isType3) is { } fromName)
        {
            return fromName;
        }

        if (program.TrueType is { } trueType)
        {
            var gid = glyphName is not null ? trueType.GetGlyphId(glyphName) : null;
            gid ??= useTrueTypeCmap ? SymbolicGlyphId(trueType, code) : null;
            return gid is { } glyph ? trueType.GetUnicode(glyph) : null;
        }

        return null;
    }

    /// <summary>Symbolic TrueType fonts without an encoding: (3,0) with the 0xF000 offsets, then (1,0), then (3,1) (ISO 32000-1 §9.6.6.4).</summary>
    private static int? SymbolicGlyphId(TrueTypeFont trueType, int code)
    {
        if (trueType.GetCmap(3, 0) is { } symbol)
        {
            return symbol.Lookup(code) ?? symbol.Lookup(0xF000 + code) ?? symbol.Lookup(0xF100 + code) ?? symbol.Lookup(0xF200 + code);
        }

        return trueType.GetCmap(1, 0)?.Lookup(code) ?? trueType.GetCmap(3, 1)?.Lookup(code);
    }

    private static (FontEncoding? Encoding, bool IsSymbolicTrueType) ResolveEncoding(
        PdfDictionary font, IPdfObjectResolver resolver, EmbeddedProgram program, string? standardName, FontDescriptor descriptor, bool isTrueType, bool isType3)
    {
        var encodingObject = resolver.Resolve(font["Encoding"]);
        var baseName = encodingObject switch
        {
            PdfName n => n.Value,
            PdfDictionary d => resolver.GetName(d, "BaseEncoding"),
            _ => null,
        };

        var symbolicTrueType = isTrueType && descriptor.HasSymbolicFlag && program.TrueType is not null;
        var baseEncoding = StandardEncodings.ByName(baseName) ?? BuiltInEncoding(program, standardName, symbolicTrueType, isType3);
        var differences = encodingObject is PdfDictionary dictionary ? ReadDifferences(dictionary, resolver) : [];
        if (baseEncoding is null && differences.Count == 0)
        {
            return (null, symbolicTrueType);
        }

        return ((baseEncoding ?? new FontEncoding(new string?[256])).WithOverrides(differences), symbolicTrueType && baseName is null);
    }

    private static FontEncoding? BuiltInEncoding(EmbeddedProgram program, string? standardName, bool symbolicTrueType, bool isType3)
    {
        if (program.BuiltInEncoding is { } builtIn)
        {
            return new FontEncoding(builtIn);
        }

        if (standardName is "Symbol")
        {
            return StandardEncodings.Symbol;
        }

        if (standardName is "ZapfDingbats")
        {
            return StandardEncodings.ZapfDingbats;
        }

        return symbolicTrueType || isType3 ? null : StandardEncodings.Standard;
    }

    public static Dictionary<int, string> ReadDifferences(PdfDictionary encoding, IPdfObjectResolver resolver)
    {
        var differences = new Dictionary<int, string>();
        if (resolver.GetArray(encoding, "Differences") is not { } array)
        {
            return differences;
        }

        var code = 0;
        foreach (var item in array.Items)
        {
            switch (resolver.Resolve(item))
            {
                case PdfNumber number:
                    code = number.IntValue;
                    break;
                case PdfName glyph:
                    if (code is >= 0 and < 256)
                    {
                        differences[code] = glyph.Value;
                    }

                    code++;
                    break;
            }
        }

        return differences;
    }

    private static double[] ReadWidths(PdfDictionary font, IPdfObjectResolver resolver, FontDescriptor descriptor, AfmMetrics? afm, string?[] glyphNames)
    {
        var widths = new double[256];
        var array = resolver.GetArray(font, "Widths");
        if (array is not null)
        {
            var first = (int)(resolver.GetNumber(font, "FirstChar") ?? 0);
            Array.Fill(widths, descriptor.MissingWidth);
            for (var i = 0; i < array.Count; i++)
            {
                var code = first + i;
                if (code is >= 0 and < 256 && resolver.Resolve(array[i]) is PdfNumber { Value: var w } && double.IsFinite(w))
                {
                    widths[code] = w;
                }
            }

            return widths;
        }

        var fallback = descriptor.MissingWidth > 0 ? descriptor.MissingWidth : DefaultWidth;
        for (var code = 0; code < 256; code++)
        {
            widths[code] = afm is not null && glyphNames[code] is { } glyph && afm.TryGetWidth(glyph, out var w) ? w : fallback;
        }

        return widths;
    }

    private static double[] ReadFontMatrix(PdfDictionary font, IPdfObjectResolver resolver)
    {
        var matrix = new[] { 0.001, 0, 0, 0.001, 0, 0 };
        if (resolver.GetArray(font, "FontMatrix") is { Count: 6 } array)
        {
            for (var i = 0; i < 6; i++)
            {
                if (resolver.Resolve(array[i]) is PdfNumber { Value: var v } && double.IsFinite(v))
                {
                    matrix[i] = v;
                }
            }
        }

        return matrix;
    }
}
