using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>A page's /Contents (one stream or an array of them) decoded and joined; a part that fails is skipped with a warning.</summary>
internal static class PageContent
{
    private const int MaxParts = 10_000;

    public static byte[] Read(PdfPage page, IPdfObjectResolver resolver)
    {
        var parts = resolver.Resolve(page.Dictionary["Contents"]) switch
        {
            PdfStream stream => [stream],
            PdfArray array => array.Items.Take(MaxParts).Select(resolver.Resolve).OfType<PdfStream>().ToList(),
            _ => new List<PdfStream>(),
        };

        // Most pages have one content stream: its decoded bytes are used as they are, without a joined copy.
        if (parts.Count == 1)
        {
            try
            {
                return resolver.DecodeStream(parts[0]);
            }
            catch (PdfCorruptException exception)
            {
                resolver.Warn($"Part of a page's content could not be decoded: {exception.Message}");
                return [];
            }
        }

        using var joined = new MemoryStream();
        foreach (var part in parts)
        {
            try
            {
                joined.Write(resolver.DecodeStream(part));
            }
            catch (PdfCorruptException exception)
            {
                resolver.Warn($"Part of a page's content could not be decoded: {exception.Message}");
            }

            // Parts may split a token; a separator keeps the last token of one part from fusing with the next.
            joined.WriteByte((byte)'\n');
        }

        return joined.ToArray();
    }
}
