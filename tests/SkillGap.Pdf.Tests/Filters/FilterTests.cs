using System.IO.Compression;
using System.Text;
using SkillGap.Pdf.Filters;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Filters;

public sealed class FilterTests
{
    private static readonly byte[] _sampleText = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Kubernetes operators and Terraform modules. ", 400)));

    internal static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decode(string dictionary, byte[] data, ReadBudget? budget = null) =>
        StreamDecoder.Decode(PdfSyntax.Dictionary(dictionary), data, new InMemoryResolver(), budget ?? ReadBudget.Unlimited);

    [Fact]
    public void DecodesFlateStreams()
    {
        Assert.Equal(_sampleText, Decode("<< /Filter /FlateDecode >>", Zlib(_sampleText)));
    }

    [Fact]
    public void DecodesFlateStreamWithABadChecksum()
    {
        var compressed = Zlib(_sampleText);
        compressed[^1] ^= 0xFF;

        Assert.Equal(_sampleText, FlateFilter.Decode(compressed, 0, compressed.Length, long.MaxValue, out _));
    }

    [Fact]
    public void KeepsTheDecodedPrefixOfATruncatedFlateStream()
    {
        var random = new Random(7);
        var noisy = new byte[20_000];
        random.NextBytes(noisy);
        var compressed = Zlib(noisy);

        var decoded = FlateFilter.Decode(compressed, 0, compressed.Length / 2, long.MaxValue, out bool damaged);

        Assert.True(damaged || decoded.Length < noisy.Length);
        Assert.NotEmpty(decoded);
        Assert.Equal(noisy.AsSpan(0, decoded.Length).ToArray(), decoded);
    }

    [Fact]
    public void DecodesRawDeflateWithoutAZlibHeader()
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal))
        {
            deflate.Write(_sampleText);
        }

        var raw = output.ToArray();
        Assert.Equal(_sampleText, FlateFilter.Decode(raw, 0, raw.Length, long.MaxValue, out _));
    }

    [Fact]
    public void DecodesFlateStreamWithPngPredictors()
    {
        byte[] rows = [1, 10, 5, 5, 2, 1, 1, 1, 4, 0, 0, 0, 3, 2, 2, 2];

        var decoded = Decode("<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 3 >> >>", Zlib(rows));

        Assert.Equal(new byte[] { 10, 15, 20, 11, 16, 21, 11, 16, 21, 7, 13, 19 }, decoded);
    }

    [Fact]
    public void DecodesFlateStreamWithTiffPredictor()
    {
        var decoded = Decode("<< /Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 3 >> >>", Zlib([10, 5, 5, 1, 1, 1]));

        Assert.Equal(new byte[] { 10, 15, 20, 1, 2, 3 }, decoded);
    }

    [Fact]
    public void DecodesTheLzwExampleFromTheSpecification()
    {
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        Assert.Equal("-----A---B", Encoding.ASCII.GetString(Decode("<< /Filter /LZWDecode >>", encoded)));
    }

    [Fact]
    public void DecodesAscii85WithZeroGroupsAndAPartialFinalGroup()
    {
        Assert.Equal("Hello, PDF world!", Encoding.ASCII.GetString(Decode("<< /Filter /ASCII85Decode >>", PdfSyntax.Bytes("<~87cURD_*#-6q/;CDfTZ)+T~>"))));
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0x4D }, Decode("<< /Filter /A85 >>", PdfSyntax.Bytes("z9`~>")));
    }

    [Fact]
    public void DecodesAsciiHexUpToTheEndMarker()
    {
        Assert.Equal("Hi!", Encoding.ASCII.GetString(Decode("<< /Filter /AHx >>", PdfSyntax.Bytes("48 69\n21> 4142"))));
    }

    [Fact]
    public void DecodesRunLengthLiteralAndRepeatedRuns()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128, (byte)'z'];

        Assert.Equal("abcxxx", Encoding.ASCII.GetString(Decode("<< /Filter /RunLengthDecode >>", encoded)));
    }

    [Fact]
    public void AppliesChainedFiltersInOrder()
    {
        string hex = Convert.ToHexString(Zlib(_sampleText)) + ">";

        Assert.Equal(_sampleText, Decode("<< /Filter [/ASCIIHexDecode /FlateDecode] /DecodeParms [null null] >>", PdfSyntax.Bytes(hex)));
    }

    [Fact]
    public void DecodesBrotliStreams()
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
        {
            brotli.Write(_sampleText);
        }

        Assert.Equal(_sampleText, Decode("<< /Filter /BrotliDecode >>", output.ToArray()));
    }

    [Fact]
    public void LeavesImageCodecDataUndecoded()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0];

        Assert.Equal(jpeg, Decode("<< /Filter /DCTDecode >>", jpeg));
    }

    [Fact]
    public void RejectsAnUnknownFilter()
    {
        Assert.Throws<PdfCorruptException>(() => Decode("<< /Filter /MadeUpDecode >>", [1, 2, 3]));
    }

    [Fact]
    public void StopsADecompressionBombAtTheBudget()
    {
        var bomb = Zlib(new byte[5_000_000]);
        var budget = new ReadBudget(new PdfReadOptions { MaxDecompressedBytes = 100_000 }, TimeProvider.System, CancellationToken.None);

        Assert.Throws<PdfBudgetExceededException>(() => Decode("<< /Filter /FlateDecode >>", bomb, budget));
    }

    [Fact]
    public void RefusesAChainOfRunLengthFiltersThatMultipliesItsInput()
    {
        // The stream of the shared corpus's ghostscript-691770 file: "8181" repeated by eight RunLength stages would be
        // 2^49 bytes. The fifth stage would produce 2 GiB; it is refused from its size before any output is allocated.
        string chain = "/ASCIIHexDecode" + string.Concat(Enumerable.Repeat(" /RunLengthDecode", 8));

        var exception = Assert.Throws<PdfBudgetExceededException>(() => Decode($"<< /Filter [{chain}] >>", PdfSyntax.Bytes("8181>")));

        Assert.Contains("expands", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAPredictorWithAbsurdColumnsWithinTheSizeOfItsData()
    {
        byte[] rows = [2, 1, 2, 3, 4, 5, 6, 7];

        var decoded = Decode("<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 2000000000 /Colors 32 /BitsPerComponent 16 >> >>", Zlib(rows));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], decoded);
    }

    [Fact]
    public void ChecksTheClockWhileALongStreamDecodes()
    {
        // A filter on its own reads no clock; only the decoder's progress reports can make this one run out of time.
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(1));
        var budget = new ReadBudget(new PdfReadOptions { MaxDuration = TimeSpan.FromSeconds(5) }, clock, CancellationToken.None);

        var exception = Assert.Throws<PdfBudgetExceededException>(() => Decode("<< /Filter /FlateDecode >>", Zlib(new byte[20_000_000]), budget));

        Assert.Contains("longer than allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsLzwWhoseCodesRunAway()
    {
        // Every code repeats the longest string so far (the KwKwK case over and over): the output grows quadratically.
        var codes = new List<int> { 65 };
        for (int code = 258; code < 4094; code++)
        {
            codes.Add(code);
        }

        var budget = new ReadBudget(new PdfReadOptions { MaxDecompressedBytes = 1_000_000 }, TimeProvider.System, CancellationToken.None);

        Assert.Throws<PdfBudgetExceededException>(() => Decode("<< /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >> >>", PackCodes(codes), budget));
    }

    [Fact]
    public void DecodesAscii85GarbageToABoundedResult()
    {
        byte[] garbage = new byte[200_000];
        new Random(85).NextBytes(garbage);

        var decoded = Decode("<< /Filter /ASCII85Decode >>", garbage);

        Assert.InRange(decoded.Length, 0, garbage.Length);
    }

    /// <summary>LZW codes packed MSB first, widening from 9 to 12 bits as the table fills (EarlyChange 0).</summary>
    private static byte[] PackCodes(List<int> codes)
    {
        var bytes = new List<byte>();
        long buffer = 0;
        int bits = 0;
        int next = 258;
        int width = 9;
        foreach (int code in codes)
        {
            buffer = (buffer << width) | (uint)code;
            bits += width;
            while (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }

            if (code != codes[0])
            {
                next++;
            }

            if (next >= (1 << width) && width < 12)
            {
                width++;
            }
        }

        if (bits > 0)
        {
            bytes.Add((byte)(buffer << (8 - bits)));
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(2 << 20)]
    public void AddsOneByteWhenTheOutputIsExactlyFullChunks(int length)
    {
        // LZW and ASCII85 write byte by byte: the byte after a full chunk must open the next chunk.
        var output = new BoundedOutput(long.MaxValue);
        output.AddRepeated(1, length);

        output.Add(9);

        byte[] result = output.ToArray();
        Assert.Equal(length + 1, result.Length);
        Assert.Equal(9, result[^1]);
        Assert.Equal(1, result[length - 1]);
    }

    [Fact]
    public void KeepsEveryByteAcrossTheOutputsChunkBoundaries()
    {
        // Mixed writes of a few megabytes, including copies whose source and target straddle the 1 MB chunks.
        var random = new Random(3);
        var output = new BoundedOutput(long.MaxValue, initialCapacity: 100);
        var expected = new List<byte>();
        while (expected.Count < 3_500_000)
        {
            switch (random.Next(4))
            {
                case 0:
                    byte one = (byte)random.Next(256);
                    output.Add(one);
                    expected.Add(one);
                    break;
                case 1:
                    byte[] run = new byte[random.Next(1, 70_000)];
                    random.NextBytes(run);
                    output.Add(run);
                    expected.AddRange(run);
                    break;
                case 2:
                    int repeat = random.Next(1, 300_000);
                    output.AddRepeated(7, repeat);
                    expected.AddRange(Enumerable.Repeat((byte)7, repeat));
                    break;
                default:
                    int count = Math.Min(expected.Count, random.Next(1, 200_000));
                    int offset = random.Next(expected.Count - count + 1);
                    output.AddFromSelf(offset, count);
                    expected.AddRange(expected.GetRange(offset, count));
                    break;
            }
        }

        Assert.Equal(expected[1_048_576], output[1_048_576]);
        Assert.Equal(expected.Count, output.Length);
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(output.ToArray()));
    }
}
