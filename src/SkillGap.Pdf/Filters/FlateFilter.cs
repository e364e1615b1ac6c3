using System.IO.Compression;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// FlateDecode (§7.4.4). The zlib header is skipped by hand and the body inflated as raw deflate, so a wrong
/// Adler-32 checksum or a truncated stream still yields everything decoded up to the damage.
/// Streams written without a zlib header are inflated as raw deflate.
/// </summary>
internal static class FlateFilter
{
    public static byte[] Decode(byte[] input, int offset, int count, long limit, out bool damaged, ReadBudget? budget = null)
    {
        bool hasZlibHeader = count >= 2 && (input[offset] & 0x0F) == 8 && ((input[offset] << 8) | input[offset + 1]) % 31 == 0;
        var output = new BoundedOutput(limit, count * 4, budget);
        damaged = !Inflate(input, hasZlibHeader ? offset + 2 : offset, hasZlibHeader ? count - 2 : count, output);
        if (output.Length == 0 && hasZlibHeader && damaged)
        {
            var retry = new BoundedOutput(limit, count * 4, budget);
            damaged = !Inflate(input, offset, count, retry);
            return retry.ToArray();
        }

        return output.ToArray();
    }

    private static bool Inflate(byte[] input, int offset, int count, BoundedOutput output)
    {
        using var source = new MemoryStream(input, offset, Math.Max(0, count), writable: false);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        Span<byte> chunk = stackalloc byte[16384];
        try
        {
            while (true)
            {
                int read = inflater.Read(chunk);
                if (read == 0)
                {
                    return true;
                }

                output.Add(chunk[..read]);
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
