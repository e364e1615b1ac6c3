using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// Applies a stream's filter chain (§7.4) with its DecodeParms. Image codecs (DCT, JPX, CCITT, JBIG2) are not
/// decoded: the chain stops there and returns the bytes as they are, since text never lives in them.
/// </summary>
internal static class StreamDecoder
{
    public static byte[] Decode(PdfDictionary dictionary, byte[] data, IPdfObjectResolver resolver, ReadBudget budget)
    {
        var filters = ListFilters(resolver.Resolve(dictionary["Filter"]), resolver);
        var parameters = resolver.Resolve(dictionary["DecodeParms"] ?? dictionary["DP"]);
        for (int i = 0; i < filters.Count; i++)
        {
            var parms = parameters switch
            {
                PdfDictionary single when i == 0 || filters.Count == 1 => single,
                PdfArray array when i < array.Count => resolver.Resolve(array[i]) as PdfDictionary,
                _ => null,
            };

            if (IsImageCodec(filters[i]))
            {
                break;
            }

            data = DecodeOne(filters[i], data, parms, resolver, budget);
            budget.AddDecompressedBytes(data.Length);
        }

        return data;
    }

    private static List<string> ListFilters(PdfObject filter, IPdfObjectResolver resolver) => filter switch
    {
        PdfName name => [name.Value],
        PdfArray array => array.Items.Take(16).Select(item => (resolver.Resolve(item) as PdfName)?.Value).OfType<string>().ToList(),
        _ => [],
    };

    private static bool IsImageCodec(string filter) =>
        filter is "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode";

    private static byte[] DecodeOne(string filter, byte[] data, PdfDictionary? parms, IPdfObjectResolver resolver, ReadBudget budget)
    {
        long limit = budget.RemainingDecompressedBytes;
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                var inflated = FlateFilter.Decode(data, 0, data.Length, limit, out bool damaged, budget);
                if (damaged)
                {
                    resolver.Warn("A compressed stream was damaged; the reader kept the part it could decode.");
                }

                return ApplyPredictor(inflated, parms, resolver);
            case "LZWDecode" or "LZW":
                int earlyChange = parms is null ? 1 : (int)(resolver.GetNumber(parms, "EarlyChange") ?? 1);
                return ApplyPredictor(LzwFilter.Decode(data, earlyChange, limit, budget), parms, resolver);
            case "ASCIIHexDecode" or "AHx":
                return AsciiHexFilter.Decode(data, limit);
            case "ASCII85Decode" or "A85":
                return Ascii85Filter.Decode(data, limit, budget);
            case "RunLengthDecode" or "RL":
                return RunLengthFilter.Decode(data, limit, budget);
            case "BrotliDecode" or "Br":
                return ApplyPredictor(BrotliFilter.Decode(data, 0, data.Length, limit, budget), parms, resolver);
            case "Crypt":
                // Decryption already happened when the document read the raw bytes.
                return data;
            default:
                // The name is not echoed: it is text chosen by the document, and messages never carry document text.
                throw new PdfCorruptException("The PDF uses an unknown stream filter.");
        }
    }

    private static byte[] ApplyPredictor(byte[] data, PdfDictionary? parms, IPdfObjectResolver resolver)
    {
        if (parms is null)
        {
            return data;
        }

        int predictor = (int)(resolver.GetNumber(parms, "Predictor") ?? 1);
        if (predictor <= 1)
        {
            return data;
        }

        return Predictor.Apply(
            data,
            predictor,
            (int)(resolver.GetNumber(parms, "Colors") ?? 1),
            (int)(resolver.GetNumber(parms, "BitsPerComponent") ?? 8),
            (int)(resolver.GetNumber(parms, "Columns") ?? 1));
    }
}
