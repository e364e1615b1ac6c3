namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>
/// One 'cmap' subtable: character code → glyph id, for formats 0, 4, 6 and 12. The header is checked when the font is
/// read; the map itself is built on first use, since fonts with a ToUnicode CMap rarely need it.
/// </summary>
internal sealed class TrueTypeCmap
{
    public const int MaxEntries = 200_000;

    private readonly Lazy<Dictionary<int, int>> _glyphs;

    private TrueTypeCmap(int platformId, int encodingId, Func<Dictionary<int, int>> read)
    {
        PlatformId = platformId;
        EncodingId = encodingId;
        _glyphs = new Lazy<Dictionary<int, int>>(read);
    }

    public int PlatformId { get; }

    public int EncodingId { get; }

    public IReadOnlyDictionary<int, int> Glyphs => _glyphs.Value;

    public int? Lookup(int code) => Glyphs.TryGetValue(code, out var gid) && gid != 0 ? gid : null;

    /// <param name="table">The whole 'cmap' table; kept, not copied, until the map is built.</param>
    public static TrueTypeCmap? Parse(ReadOnlyMemory<byte> table, int offset, int platformId, int encodingId)
    {
        var data = table.Span;
        var format = BigEndian.U16(data, offset);
        var ok = format switch
        {
            0 => BigEndian.U8(data, offset + 6) >= 0,
            4 => BigEndian.U16(data, offset + 6) > 0,
            6 => BigEndian.U16(data, offset + 6) >= 0 && BigEndian.U16(data, offset + 8) >= 0,
            12 => BigEndian.U32(data, offset + 12) >= 0,
            _ => false,
        };
        return ok ? new TrueTypeCmap(platformId, encodingId, () => Read(table.Span, offset, format)) : null;
    }

    private static Dictionary<int, int> Read(ReadOnlySpan<byte> data, int offset, int format)
    {
        var glyphs = new Dictionary<int, int>();
        _ = format switch
        {
            0 => ReadFormat0(data, offset, glyphs),
            4 => ReadFormat4(data, offset, glyphs),
            6 => ReadFormat6(data, offset, glyphs),
            _ => ReadFormat12(data, offset, glyphs),
        };
        return glyphs;
    }

    private static bool ReadFormat0(ReadOnlySpan<byte> data, int offset, Dictionary<int, int> glyphs)
    {
        for (var code = 0; code < 256; code++)
        {
            var gid = BigEndian.U8(data, offset + 6 + code);
            if (gid < 0)
            {
                return code > 0;
            }

            glyphs[code] = gid;
        }

        return true;
    }

    private static bool ReadFormat4(ReadOnlySpan<byte> data, int offset, Dictionary<int, int> glyphs)
    {
        var segCountX2 = BigEndian.U16(data, offset + 6);
        if (segCountX2 <= 0)
        {
            return false;
        }

        var segCount = segCountX2 / 2;
        var endCodes = offset + 14;
        var startCodes = endCodes + segCountX2 + 2;
        var deltas = startCodes + segCountX2;
        var rangeOffsets = deltas + segCountX2;
        var work = 0;
        for (var segment = 0; segment < segCount && work < MaxEntries; segment++)
        {
            var end = BigEndian.U16(data, endCodes + (2 * segment));
            var start = BigEndian.U16(data, startCodes + (2 * segment));
            var delta = BigEndian.U16(data, deltas + (2 * segment));
            var rangeOffsetPosition = rangeOffsets + (2 * segment);
            var rangeOffset = BigEndian.U16(data, rangeOffsetPosition);
            if (end < 0 || start < 0 || delta < 0 || rangeOffset < 0 || start > end)
            {
                continue;
            }

            for (var code = start; code <= end && code != 0xFFFF && work++ < MaxEntries; code++)
            {
                int gid;
                if (rangeOffset == 0)
                {
                    gid = (code + delta) & 0xFFFF;
                }
                else
                {
                    var raw = BigEndian.U16(data, rangeOffsetPosition + rangeOffset + (2 * (code - start)));
                    gid = raw <= 0 ? 0 : (raw + delta) & 0xFFFF;
                }

                if (gid != 0 && glyphs.Count < MaxEntries)
                {
                    glyphs[code] = gid;
                }
            }
        }

        return true;
    }

    private static bool ReadFormat6(ReadOnlySpan<byte> data, int offset, Dictionary<int, int> glyphs)
    {
        var first = BigEndian.U16(data, offset + 6);
        var count = BigEndian.U16(data, offset + 8);
        if (first < 0 || count < 0)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var gid = BigEndian.U16(data, offset + 10 + (2 * i));
            if (gid < 0)
            {
                break;
            }

            glyphs[first + i] = gid;
        }

        return true;
    }

    private static bool ReadFormat12(ReadOnlySpan<byte> data, int offset, Dictionary<int, int> glyphs)
    {
        var groups = BigEndian.U32(data, offset + 12);
        if (groups < 0)
        {
            return false;
        }

        for (long group = 0; group < groups && glyphs.Count < MaxEntries; group++)
        {
            var record = offset + 16 + (int)Math.Min(group * 12, int.MaxValue - offset - 32);
            var start = BigEndian.U32(data, record);
            var end = BigEndian.U32(data, record + 4);
            var firstGid = BigEndian.U32(data, record + 8);
            if (start < 0 || end < start || firstGid < 0 || end > 0x10FFFF)
            {
                break;
            }

            for (var code = start; code <= end && glyphs.Count < MaxEntries; code++)
            {
                glyphs[(int)code] = (int)(firstGid + (code - start));
            }
        }

        return true;
    }
}
