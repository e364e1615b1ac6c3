using SkillGap.Pdf.Fonts.CMaps;
using SkillGap.Pdf.Fonts.Encodings;
using SkillGap.Pdf.Fonts.Programs;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>
/// Builds Type 0 fonts. Unicode priority: ToUnicode; a Unicode-keyed predefined encoding (UniJIS-UCS2-H …) or a legacy CJK one decoded
/// through its code page (90ms-RKSJ-H, GBK-EUC-H …); the descendant's embedded
/// program (TrueType cmap reverse-mapped through CIDToGIDMap, or a name-keyed CFF charset); last, the CID's meaning in
/// the Adobe character collection the descendant names (Adobe-Japan1 …), as poppler and pdf.js do.
/// </summary>
internal static class Type0FontBuilder
{
    private const int MaxCidToGidEntries = 65536;

    public static Type0Font Build(PdfDictionary font, IPdfObjectResolver resolver, CMap? toUnicode)
    {
        var name = FontNames.StripSubsetPrefix(resolver.GetName(font, "BaseFont") ?? "");
        var descendant = resolver.GetArray(font, "DescendantFonts") is { Count: > 0 } descendants
            ? resolver.Resolve(descendants[0]) as PdfDictionary
            : null;
        if (descendant is null)
        {
            resolver.Warn($"Font '{name}' has no descendant CIDFont; using default widths.");
            descendant = PdfDictionary.Empty;
        }

        var encoding = ReadEncoding(font, resolver, name);
        var descriptor = FontDescriptor.Read(resolver.GetDictionary(descendant, "FontDescriptor"), resolver);
        var program = EmbeddedProgram.Load(descriptor, resolver, name);
        var cidToGid = ReadCidToGid(descendant, resolver);
        var unicodeForm = PredefinedCMaps.UnicodeFormOf(encoding.Name);
        var legacyEncoding = unicodeForm is null ? PredefinedCMaps.LegacyEncodingOf(encoding.Name) : null;
        var widths = CidWidths.Read(resolver.GetArray(descendant, "W"), resolver, 1, [resolver.GetNumber(descendant, "DW") ?? 1000]);
        var verticalDefault = resolver.GetArray(descendant, "DW2") is { Count: 2 } dw2 && dw2.Items.Select(resolver.Resolve).ToList() is [PdfNumber _, PdfNumber w1y]
            ? w1y.Value
            : -1000;
        var vertical = CidWidths.Read(resolver.GetArray(descendant, "W2"), resolver, 3, [verticalDefault, 0, 0]);
        var isBold = descriptor.IsBold(name);
        var isSymbol = SymbolPrivateUse.IsSymbolFont(name);
        var (registry, ordering) = ReadCollection(descendant, resolver);

        string? UnicodeFor(int code, int cid)
        {
            if (toUnicode?.LookupUnicode(code) is { Length: > 0 } mapped)
            {
                return isSymbol ? SymbolPrivateUse.Resolve(mapped) : mapped;
            }

            if (unicodeForm is not null)
            {
                return PredefinedCMaps.DecodeUnicodeCode(unicodeForm, code);
            }

            if (legacyEncoding is not null && PredefinedCMaps.DecodeLegacyCode(legacyEncoding, code) is { Length: > 0 } decoded)
            {
                return decoded;
            }

            // The program first: a font whose cmap says what its glyphs are is right even when it claims the wrong collection.
            return FromProgram(program, cid, cidToGid) ?? CharacterCollections.ToUnicode(registry, ordering, cid);
        }

        var isPredefinedCjk = resolver.Resolve(font["Encoding"]) is PdfName && encoding.Name is not ("Identity-H" or "Identity-V");
        return new Type0Font(name, isBold, encoding, UnicodeFor, widths, vertical, resolver.Warn, isPredefinedCjk);
    }

    private static string? FromProgram(EmbeddedProgram program, int cid, int[]? cidToGid)
    {
        if (program.TrueType is { } trueType && program.Cff is null)
        {
            var gid = cidToGid is null ? cid : cid >= 0 && cid < cidToGid.Length ? cidToGid[cid] : 0;
            return gid > 0 ? trueType.GetUnicode(gid) : null;
        }

        if (program.Cff is { IsCidKeyed: false } cff)
        {
            return cff.GetGlyphName(cid) is { } glyphName ? GlyphList.ToUnicode(glyphName) : null;
        }

        if (program.Cff is { IsCidKeyed: true } cidKeyed && program.TrueType is { } openType)
        {
            return cidKeyed.GetGlyphForCid(cid) is { } gid ? openType.GetUnicode(gid) : null;
        }

        return null;
    }

    private static (string? Registry, string? Ordering) ReadCollection(PdfDictionary descendant, IPdfObjectResolver resolver)
    {
        if (resolver.GetDictionary(descendant, "CIDSystemInfo") is not { } info)
        {
            return (null, null);
        }

        string? Text(string key) => resolver.Resolve(info[key]) is PdfString text ? System.Text.Encoding.Latin1.GetString(text.Bytes) : null;
        return (Text("Registry"), Text("Ordering"));
    }

    private static CMap ReadEncoding(PdfDictionary font, IPdfObjectResolver resolver, string fontName)
    {
        switch (resolver.Resolve(font["Encoding"]))
        {
            case PdfName { Value: var cmapName }:
                if (PredefinedCMaps.Get(cmapName) is { } predefined)
                {
                    return predefined;
                }

                resolver.Warn($"Font '{fontName}' uses the predefined CMap '{cmapName}', which is not supported; reading 2-byte codes.");
                break;
            case PdfStream stream:
                if (CMapStreams.Parse(stream, resolver) is { HasCodespaces: true } embedded)
                {
                    return embedded;
                }

                resolver.Warn($"Font '{fontName}' has an unreadable encoding CMap; reading 2-byte codes.");
                break;
            default:
                resolver.Warn($"Font '{fontName}' has no usable /Encoding; reading 2-byte codes.");
                break;
        }

        return PredefinedCMaps.Get("Identity-H")!;
    }

    /// <summary>Null for Identity (or absent); otherwise the glyph id per CID from the map stream.</summary>
    private static int[]? ReadCidToGid(PdfDictionary descendant, IPdfObjectResolver resolver)
    {
        if (resolver.Resolve(descendant["CIDToGIDMap"]) is not PdfStream stream)
        {
            return null;
        }

        byte[] data;
        try
        {
            data = resolver.DecodeStream(stream);
        }
        catch (PdfCorruptException)
        {
            resolver.Warn("A CIDToGIDMap stream could not be decoded; assuming Identity.");
            return null;
        }

        var count = Math.Min(data.Length / 2, MaxCidToGidEntries);
        var map = new int[count];
        for (var i = 0; i < count; i++)
        {
            map[i] = (data[2 * i] << 8) | data[(2 * i) + 1];
        }

        return map;
    }
}
