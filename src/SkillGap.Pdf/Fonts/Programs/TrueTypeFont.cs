using System.Text;
using SkillGap.Pdf.Fonts.Encodings;

namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>
/// The parts of an embedded TrueType (or OpenType) program that give glyphs meaning: 'cmap' subtables and 'post' glyph names.
/// Every offset is checked; a damaged table is simply absent.
/// </summary>
internal sealed class TrueTypeFont
{
    private const int MaxTables = 128;
    private const int MaxGlyphs = 65536;

    private readonly List<TrueTypeCmap> _cmaps;
    private readonly string?[] _glyphNames;
    private readonly Lazy<Dictionary<int, string>> _unicodeByGlyph;
    private readonly Lazy<Dictionary<string, int>> _glyphByName;

    private TrueTypeFont(List<TrueTypeCmap> cmaps, string?[] glyphNames, ReadOnlyMemory<byte>? cffTable)
    {
        _cmaps = cmaps;
        _glyphNames = glyphNames;
        CffTable = cffTable;
        _unicodeByGlyph = new Lazy<Dictionary<int, string>>(BuildUnicodeByGlyph);
        _glyphByName = new Lazy<Dictionary<string, int>>(BuildGlyphByName);
    }

    /// <summary>An OpenType font with PostScript outlines carries a CFF program in its 'CFF ' table.</summary>
    public ReadOnlyMemory<byte>? CffTable { get; }

    public static TrueTypeFont? Parse(ReadOnlyMemory<byte> memory)
    {
        var data = memory.Span;
        var fontStart = 0;
        if (BigEndian.U32(data, 0) == 0x74746366)
        {
            // A TrueType collection: read the first font.
            fontStart = (int)Math.Min(BigEndian.U32(data, 12), int.MaxValue);
        }

        var numTables = BigEndian.U16(data, fontStart + 4);
        if (numTables is <= 0 or > MaxTables)
        {
            return null;
        }

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = fontStart + 12 + (16 * i);
            var offset = BigEndian.U32(data, record + 8);
            var length = BigEndian.U32(data, record + 12);
            if (offset < 0 || length < 0 || offset + length > data.Length)
            {
                continue;
            }

            var tag = Encoding.ASCII.GetString(data.Slice(record, 4));
            tables.TryAdd(tag, ((int)offset, (int)length));
        }

        var numGlyphs = tables.TryGetValue("maxp", out var maxp) ? Math.Min(BigEndian.U16(data, maxp.Offset + 4), MaxGlyphs) : 0;
        var cmaps = tables.TryGetValue("cmap", out var cmap) ? ReadCmaps(memory.Slice(cmap.Offset, cmap.Length)) : [];
        var names = tables.TryGetValue("post", out var post) ? ReadPostNames(memory.Slice(post.Offset, post.Length).Span, numGlyphs) : [];
        ReadOnlyMemory<byte>? cff = tables.TryGetValue("CFF ", out var cffTable) ? memory.Slice(cffTable.Offset, cffTable.Length) : null;
        return new TrueTypeFont(cmaps, names, cff);
    }

    public TrueTypeCmap? GetCmap(int platformId, int encodingId) =>
        _cmaps.FirstOrDefault(c => c.PlatformId == platformId && c.EncodingId == encodingId);

    public string? GetGlyphName(int gid) => gid >= 0 && gid < _glyphNames.Length ? _glyphNames[gid] : null;

    public int? GetGlyphId(string glyphName) => _glyphByName.Value.TryGetValue(glyphName, out var gid) ? gid : null;

    /// <summary>Unicode for a glyph: reverse of a Unicode cmap subtable, else its 'post' name through the glyph list.</summary>
    public string? GetUnicode(int gid)
    {
        if (_unicodeByGlyph.Value.TryGetValue(gid, out var text))
        {
            return text;
        }

        var name = GetGlyphName(gid);
        return name is null ? null : GlyphList.ToUnicode(name);
    }

    private Dictionary<int, string> BuildUnicodeByGlyph()
    {
        var result = new Dictionary<int, string>();
        foreach (var cmap in _cmaps.Where(c => c.PlatformId == 0 || (c.PlatformId == 3 && c.EncodingId is 1 or 10)))
        {
            foreach (var (code, gid) in cmap.Glyphs.OrderBy(pair => pair.Key))
            {
                // Several codes may share a glyph (space and no-break space): the lowest code wins.
                if (gid != 0 && code is not (>= 0xD800 and <= 0xDFFF) && code <= 0x10FFFF && code >= 0x20)
                {
                    result.TryAdd(gid, LigatureExpander.Expand(char.ConvertFromUtf32(code)));
                }
            }
        }

        return result;
    }

    private Dictionary<string, int> BuildGlyphByName()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var gid = 0; gid < _glyphNames.Length; gid++)
        {
            if (_glyphNames[gid] is { } name)
            {
                result.TryAdd(name, gid);
            }
        }

        return result;
    }

    private static List<TrueTypeCmap> ReadCmaps(ReadOnlyMemory<byte> memory)
    {
        var table = memory.Span;
        var cmaps = new List<TrueTypeCmap>();
        var count = Math.Min(BigEndian.U16(table, 2), 64);
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (8 * i);
            var platform = BigEndian.U16(table, record);
            var encoding = BigEndian.U16(table, record + 2);
            var offset = BigEndian.U32(table, record + 4);
            if (platform < 0 || offset < 0 || offset >= table.Length)
            {
                continue;
            }

            if (TrueTypeCmap.Parse(memory, (int)offset, platform, encoding) is { } cmap)
            {
                cmaps.Add(cmap);
            }
        }

        return cmaps;
    }

    private static string?[] ReadPostNames(ReadOnlySpan<byte> table, int numGlyphs)
    {
        var version = BigEndian.U32(table, 0);
        if (version == 0x00010000)
        {
            return MacGlyphNames.Names;
        }

        if (version != 0x00020000)
        {
            return [];
        }

        var count = Math.Min(BigEndian.U16(table, 32), MaxGlyphs);
        if (count <= 0)
        {
            return [];
        }

        if (numGlyphs > 0)
        {
            count = Math.Min(count, numGlyphs);
        }

        var indexes = new int[count];
        var maxIndex = 0;
        for (var i = 0; i < count; i++)
        {
            indexes[i] = BigEndian.U16(table, 34 + (2 * i));
            maxIndex = Math.Max(maxIndex, indexes[i]);
        }

        var custom = ReadPascalStrings(table, 34 + (2 * BigEndian.U16(table, 32)), maxIndex - 257);
        var names = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var index = indexes[i];
            names[i] = index < 0 ? null
                : index < MacGlyphNames.Names.Length ? MacGlyphNames.Names[index]
                : index - 258 < custom.Count ? custom[index - 258] : null;
        }

        return names;
    }

    private static List<string> ReadPascalStrings(ReadOnlySpan<byte> table, int position, int wanted)
    {
        var strings = new List<string>();
        while (strings.Count < wanted && position < table.Length)
        {
            var length = table[position];
            if (position + 1 + length > table.Length)
            {
                break;
            }

            strings.Add(Encoding.Latin1.GetString(table.Slice(position + 1, length)));
            position += 1 + length;
        }

        return strings;
    }
}
