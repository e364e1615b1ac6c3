using System.Collections.Concurrent;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// Adobe's common predefined CJK CMaps (90ms-RKSJ-H, UniJIS-UCS2-H, GBK-EUC-H, UniGB-UTF16-H, ETen-B5-H, KSCms-UHC-H …,
/// horizontal and vertical), so codes select their real CIDs and /W widths apply. Data: Resources/cmaps (see its README),
/// each CMap decompressed on first use and then shared read-only.
/// </summary>
internal static class BundledCMaps
{
    private const int MaxUseCMapDepth = 4;

    private static readonly ConcurrentDictionary<string, Lazy<CMap?>> _cmaps = new(StringComparer.Ordinal);

    /// <summary>The named CMap, or null when it is not bundled.</summary>
    public static CMap? Get(string name) => Get(name, 0);

    private static CMap? Get(string name, int depth)
    {
        // Names come from the document: only bundled ones reach the process-wide cache, so hostile names cannot grow it.
        if (depth > MaxUseCMapDepth || name.Length == 0 || name.Length > 40 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            || !FontResources.Exists($"cmaps/{name}.bin"))
        {
            return null;
        }

        return _cmaps.GetOrAdd(name, key => new Lazy<CMap?>(() => Load(key, depth))).Value;
    }

    /// <summary>Format: see scripts/generate-cmaps.py.</summary>
    private static CMap? Load(string name, int depth)
    {
        if (FontResources.ReadZlib($"cmaps/{name}.bin") is not { } data)
        {
            return null;
        }

        var reader = new Reader(data);
        if (!reader.Magic("CMAP"u8))
        {
            return null;
        }

        var cmap = new CMap { Name = name, WritingMode = reader.Byte() };
        var parentName = reader.Ascii((int)reader.Varint());
        if (parentName.Length > 0)
        {
            cmap.Parent = Get(parentName, depth + 1);
        }

        var codespaceCount = (int)reader.Varint();
        for (var i = 0; i < codespaceCount; i++)
        {
            var length = reader.Byte();
            cmap.AddCodespace(new CodespaceRange(unchecked((int)reader.Varint()), unchecked((int)reader.Varint()), length));
        }

        var runCount = (int)reader.Varint();
        var lows = new int[runCount];
        var highs = new int[runCount];
        var cids = new int[runCount];
        long previousHigh = 0, previousCid = 0;
        for (var i = 0; i < runCount; i++)
        {
            reader.Byte();
            long low = previousHigh + reader.Signed();
            long high = low + reader.Varint();
            long cid = previousCid + reader.Signed();
            (lows[i], highs[i], cids[i]) = (unchecked((int)low), unchecked((int)high), (int)cid);
            (previousHigh, previousCid) = (high, cid);
        }

        // Four-byte codes (UTF-16 surrogate pairs) are negative as ints; binary search needs the runs in int order.
        var order = Enumerable.Range(0, runCount).OrderBy(i => lows[i]).ToArray();
        cmap.SetSortedCidRanges(new SortedCidRanges([.. order.Select(i => lows[i])], [.. order.Select(i => highs[i])], [.. order.Select(i => cids[i])]));
        return cmap;
    }

    private sealed class Reader(byte[] data)
    {
        private int _position;

        public bool Magic(ReadOnlySpan<byte> magic)
        {
            if (data.Length < magic.Length || !data.AsSpan(0, magic.Length).SequenceEqual(magic))
            {
                return false;
            }

            _position = magic.Length;
            return true;
        }

        public int Byte() => _position < data.Length ? data[_position++] : 0;

        public long Varint()
        {
            long value = 0;
            for (var shift = 0; shift < 63 && _position < data.Length; shift += 7)
            {
                var b = data[_position++];
                value |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return value;
        }

        public long Signed()
        {
            var zigzag = Varint();
            return (zigzag & 1) == 0 ? zigzag >> 1 : -((zigzag + 1) >> 1);
        }

        public string Ascii(int length)
        {
            length = Math.Clamp(length, 0, data.Length - _position);
            var text = System.Text.Encoding.ASCII.GetString(data, _position, length);
            _position += length;
            return text;
        }
    }
}
