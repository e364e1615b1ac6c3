using SkillGap.Pdf.Fonts.CMaps;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

internal static class PdfFontFactory
{
    /// <summary>
    /// Builds a font from its dictionary. Never throws for a bad font: falls back (standard encoding, default widths)
    /// and reports through <see cref="IPdfObjectResolver.Warn"/>.
    /// </summary>
    public static PdfFont Create(PdfDictionary fontDictionary, IPdfObjectResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(fontDictionary);
        ArgumentNullException.ThrowIfNull(resolver);

        var subtype = resolver.GetName(fontDictionary, "Subtype") ?? "";
        var toUnicode = ReadToUnicode(fontDictionary, resolver);
        switch (subtype)
        {
            case "Type0":
                return Type0FontBuilder.Build(fontDictionary, resolver, toUnicode);
            case "Type1" or "MMType1" or "TrueType" or "Type3":
                return SimpleFontBuilder.Build(fontDictionary, subtype, resolver, toUnicode);
            default:
                var name = resolver.GetName(fontDictionary, "BaseFont") ?? "";
                resolver.Warn($"Font '{FontNames.StripSubsetPrefix(name)}' has an unknown subtype '{subtype}'; reading it as a simple font.");
                return SimpleFontBuilder.Build(fontDictionary, "Type1", resolver, toUnicode);
        }
    }

    private static CMap? ReadToUnicode(PdfDictionary fontDictionary, IPdfObjectResolver resolver)
    {
        switch (resolver.Resolve(fontDictionary["ToUnicode"]))
        {
            case PdfStream stream:
                var cmap = CMapStreams.Parse(stream, resolver);
                if (cmap is null || !cmap.HasUnicodeMappings)
                {
                    var name = FontNames.StripSubsetPrefix(resolver.GetName(fontDictionary, "BaseFont") ?? "");
                    resolver.Warn($"Font '{name}' has a ToUnicode CMap without usable mappings; ignoring it.");
                    return null;
                }

                return cmap;
            default:
                // /Identity-H and other names as ToUnicode carry no usable mapping.
                return null;
        }
    }
}
