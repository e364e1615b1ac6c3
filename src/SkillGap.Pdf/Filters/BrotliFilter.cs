using System.IO.Compression;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>BrotliDecode (proposed for PDF 2.0); the runtime ships a Brotli decoder, so it costs nothing to read.</summary>
internal static class BrotliFilter
{
    public static byte[] Decode(byte[] input, int offset, int count, long limit, ReadBudget? budget = null)
    {
        var output = new BoundedOutput(limit, count * 4, budget);
        using var source = new MemoryStream(input, offset, count, writable: false);
        using var decoder = new BrotliStream(source, CompressionMode.Decompress);
        Span<byte> chunk = stackalloc byte[16384];
        try
        {
            int read;
            while ((read = decoder.Read(chunk)) > 0)
            {
                output.Add(chunk[..read]);
            }
        }
        catch (InvalidDataException)
        {
            // Keep what decoded before the damage.
        }

        return output.ToArray();
    }
}
