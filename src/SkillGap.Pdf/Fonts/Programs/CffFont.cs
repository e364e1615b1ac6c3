using System.Text;

namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>
/// Reads what a CFF program says about its glyphs (Adobe TN 5176): the charset (glyph id → name, or → CID for CID-keyed fonts)
/// and the built-in encoding (code → glyph id). Charstrings are never interpreted.
/// </summary>
internal sealed class CffFont
{
    private const int MaxGlyphs = 65536;
    private const int TopDictCharset = 15;
    private const int TopDictEncoding = 16;
    private const int TopDictCharStrings = 17;
    private const int TopDictRos = (12 << 8) | 30;

    private readonly string?[] _glyphNames;
    private readonly Dictionary<int, int> _codeToGlyph;

    // Needed only when a font has no ToUnicode entry for a code, so it is built on first use.
    private readonly Lazy<Dictionary<int, int>> _glyphByCid;

    private CffFont(bool isCidKeyed, string?[] glyphNames, int[] cids, Dictionary<int, int> codeToGlyph)
    {
        IsCidKeyed = isCidKeyed;
        _glyphNames = glyphNames;
        _glyphByCid = new Lazy<Dictionary<int, int>>(() => GlyphByCid(cids));
        GlyphCount = Math.Max(glyphNames.Length, cids.Length);
        _codeToGlyph = codeToGlyph;
    }

    public bool IsCidKeyed { get; }

    public int GlyphCount { get; }

    public string? GetGlyphName(int gid) => gid > 0 && gid < _glyphNames.Length ? _glyphNames[gid] : null;

    /// <summary>The glyph id that shows CID <paramref name="cid"/> in a CID-keyed font, or null.</summary>
    public int? GetGlyphForCid(int cid)
    {
        return _glyphByCid.Value.TryGetValue(cid, out var gid) ? gid : null;
    }

    private static Dictionary<int, int> GlyphByCid(int[] cids)
    {
        var glyphByCid = new Dictionary<int, int>();
        for (var gid = cids.Length - 1; gid > 0; gid--)
        {
            glyphByCid[cids[gid]] = gid;
        }

        return glyphByCid;
    }

    /// <summary>The built-in encoding as glyph names per code; null when the font uses the predefined Standard or Expert encoding.</summary>
    public string?[]? GetBuiltInEncoding()
    {
        if (_codeToGlyph.Count == 0)
        {
            return null;
        }

        var names = new string?[256];
        foreach (var (code, gid) in _codeToGlyph)
        {
            names[code] = GetGlyphName(gid);
        }

        return names;
    }

    public static CffFont? Parse(ReadOnlySpan<byte> data)
    {
        var headerSize = BigEndian.U8(data, 2);
        if (BigEndian.U8(data, 0) != 1 || headerSize < 4)
        {
            return null;
        }

        var nameIndex = CffIndex.Read(data, headerSize);
        var topDictIndex = nameIndex is null ? null : CffIndex.Read(data, nameIndex.End);
        var stringIndex = topDictIndex is null ? null : CffIndex.Read(data, topDictIndex.End);
        if (topDictIndex is null || stringIndex is null || topDictIndex.Count == 0)
        {
            return null;
        }

        var topDict = CffDict.Read(topDictIndex.GetItem(data, 0));
        var charStrings = topDict.TryGetValue(TopDictCharStrings, out var charStringsOffset)
            && charStringsOffset.Length > 0 ? CffIndex.Read(data, (int)charStringsOffset[^1])
            : null;
        if (charStrings is null)
        {
            return null;
        }

        var glyphCount = Math.Min(charStrings.Count, MaxGlyphs);
        var isCid = topDict.ContainsKey(TopDictRos);
        var charsetOffset = topDict.TryGetValue(TopDictCharset, out var charset) && charset.Length > 0 ? (int)charset[^1] : 0;
        var sids = ReadCharset(data, charsetOffset, glyphCount);
        var glyphNames = new string?[isCid ? 0 : glyphCount];
        if (!isCid)
        {
            for (var gid = 0; gid < glyphCount; gid++)
            {
                glyphNames[gid] = StringFor(data, stringIndex, sids[gid]);
            }
        }

        var encodingOffset = topDict.TryGetValue(TopDictEncoding, out var encoding) && encoding.Length > 0 ? (int)encoding[^1] : 0;
        var codeToGlyph = isCid ? [] : ReadEncoding(data, encodingOffset, sids);
        return new CffFont(isCid, glyphNames, isCid ? sids : [], codeToGlyph);
    }

    private static string? StringFor(ReadOnlySpan<byte> data, CffIndex strings, int sid)
    {
        if (sid < 0)
        {
            return null;
        }

        if (sid < CffStandardStrings.Names.Length)
        {
            return CffStandardStrings.Names[sid];
        }

        var item = strings.GetItem(data, sid - CffStandardStrings.Names.Length);
        return item.IsEmpty || item.Length > 256 ? null : Encoding.Latin1.GetString(item);
    }

    /// <summary>SID (or CID) per glyph id; predefined charsets 0–2 are approximated by identity, which is exact for ISOAdobe.</summary>
    private static int[] ReadCharset(ReadOnlySpan<byte> data, int offset, int glyphCount)
    {
        var sids = new int[glyphCount];
        if (offset <= 2)
        {
            for (var gid = 0; gid < glyphCount; gid++)
            {
                sids[gid] = offset == 0 ? gid : -1;
            }

            return sids;
        }

        var format = BigEndian.U8(data, offset);
        var position = offset + 1;
        var next = 1;
        while (next < glyphCount)
        {
            if (format == 0)
            {
                var sid = BigEndian.U16(data, position);
                if (sid < 0)
                {
                    break;
                }

                sids[next++] = sid;
                position += 2;
                continue;
            }

            if (format is not (1 or 2))
            {
                break;
            }

            var first = BigEndian.U16(data, position);
            var left = format == 1 ? BigEndian.U8(data, position + 2) : BigEndian.U16(data, position + 2);
            if (first < 0 || left < 0)
            {
                break;
            }

            for (var i = 0; i <= left && next < glyphCount; i++)
            {
                sids[next++] = first + i;
            }

            position += format == 1 ? 3 : 4;
        }

        for (; next < glyphCount; next++)
        {
            sids[next] = -1;
        }

        return sids;
    }

    private static Dictionary<int, int> ReadEncoding(ReadOnlySpan<byte> data, int offset, int[] sids)
    {
        var codeToGlyph = new Dictionary<int, int>();
        if (offset <= 1)
        {
            // Standard (0) or Expert (1) encoding: the font's glyph names decide, through the PDF-level encoding.
            return codeToGlyph;
        }

        var format = BigEndian.U8(data, offset);
        var position = offset + 1;
        if ((format & 0x7F) == 0)
        {
            var count = Math.Max(BigEndian.U8(data, position), 0);
            for (var i = 0; i < count; i++)
            {
                var code = BigEndian.U8(data, position + 1 + i);
                if (code >= 0)
                {
                    codeToGlyph[code] = i + 1;
                }
            }

            position += 1 + count;
        }
        else if ((format & 0x7F) == 1)
        {
            var ranges = Math.Max(BigEndian.U8(data, position), 0);
            var gid = 1;
            for (var r = 0; r < ranges; r++)
            {
                var first = BigEndian.U8(data, position + 1 + (2 * r));
                var left = BigEndian.U8(data, position + 2 + (2 * r));
                for (var i = 0; first >= 0 && i <= left && first + i < 256; i++)
                {
                    codeToGlyph[first + i] = gid++;
                }
            }

            position += 1 + (2 * ranges);
        }

        if ((format & 0x80) != 0)
        {
            ReadSupplements(data, position, sids, codeToGlyph);
        }

        return codeToGlyph;
    }

    private static void ReadSupplements(ReadOnlySpan<byte> data, int position, int[] sids, Dictionary<int, int> codeToGlyph)
    {
        var count = Math.Max(BigEndian.U8(data, position), 0);
        for (var i = 0; i < count; i++)
        {
            var code = BigEndian.U8(data, position + 1 + (3 * i));
            var sid = BigEndian.U16(data, position + 2 + (3 * i));
            var gid = Array.IndexOf(sids, sid);
            if (code >= 0 && gid > 0)
            {
                codeToGlyph[code] = gid;
            }
        }
    }
}
