using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>Decodes and parses CMap streams, following /UseCMap (a name or another stream) a few levels deep.</summary>
internal static class CMapStreams
{
    private const int MaxDepth = 4;

    /// <summary>The parsed CMap, or null when the stream cannot be decoded.</summary>
    public static CMap? Parse(PdfStream stream, IPdfObjectResolver resolver) => Parse(stream, resolver, 0);

    private static CMap? Parse(PdfStream stream, IPdfObjectResolver resolver, int depth)
    {
        byte[] data;
        try
        {
            data = resolver.DecodeStream(stream);
        }
        catch (PdfCorruptException)
        {
            return null;
        }

        var cmap = CMapParser.Parse(data, PredefinedCMaps.Get);
        if (cmap.Parent is null && depth < MaxDepth)
        {
            cmap.Parent = resolver.Resolve(stream.Dictionary["UseCMap"]) switch
            {
                PdfName name => PredefinedCMaps.Get(name.Value),
                PdfStream parent => Parse(parent, resolver, depth + 1),
                _ => null,
            };
        }

        if (resolver.GetNumber(stream.Dictionary, "WMode") is 1)
        {
            cmap.WritingMode = 1;
        }

        if (cmap.WasTruncated)
        {
            resolver.Warn("A CMap has more mappings than the reader keeps; some characters may be missing.");
        }

        return cmap;
    }
}
