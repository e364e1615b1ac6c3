using System.Text;

namespace SkillGap.Pdf.Tests.Fonts;

/// <summary>
/// Builds a tiny symbolic TrueType program: a (3,0) cmap mapping 0xF041/0xF042 to glyphs 1/2, and a format 2 'post' table
/// naming them with custom strings. No outlines: only what the text reader looks at.
/// </summary>
internal static class SyntheticTrueType
{
    public static byte[] Build(string firstGlyphName, string secondGlyphName)
    {
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = SymbolCmap(),
            ["maxp"] = [0, 0, 0x50, 0, 0, 3],
            ["post"] = Post(firstGlyphName, secondGlyphName),
        };

        var output = new List<byte>();
        Append(output, 0x00010000, 4);
        Append(output, tables.Count, 2);
        Append(output, 0, 6);
        var offset = 12 + (16 * tables.Count);
        foreach (var (tag, data) in tables)
        {
            output.AddRange(Encoding.ASCII.GetBytes(tag));
            Append(output, 0, 4);
            Append(output, offset, 4);
            Append(output, data.Length, 4);
            offset += data.Length;
        }

        foreach (var data in tables.Values)
        {
            output.AddRange(data);
        }

        return [.. output];
    }

    private static byte[] SymbolCmap()
    {
        var subtable = new List<byte>();
        Append(subtable, 4, 2);
        Append(subtable, 32, 2);
        Append(subtable, 0, 2);
        Append(subtable, 4, 2);
        Append(subtable, 0, 6);
        Append(subtable, 0xF042, 2);
        Append(subtable, 0xFFFF, 2);
        Append(subtable, 0, 2);
        Append(subtable, 0xF041, 2);
        Append(subtable, 0xFFFF, 2);
        Append(subtable, (1 - 0xF041) & 0xFFFF, 2);
        Append(subtable, 1, 2);
        Append(subtable, 0, 4);

        var table = new List<byte>();
        Append(table, 0, 2);
        Append(table, 1, 2);
        Append(table, 3, 2);
        Append(table, 0, 2);
        Append(table, 12, 4);
        table.AddRange(subtable);
        return [.. table];
    }

    private static byte[] Post(string first, string second)
    {
        var table = new List<byte>();
        Append(table, 0x00020000, 4);
        Append(table, 0, 28);
        Append(table, 3, 2);
        Append(table, 0, 2);
        Append(table, 258, 2);
        Append(table, 259, 2);
        foreach (var name in new[] { first, second })
        {
            table.Add((byte)name.Length);
            table.AddRange(Encoding.ASCII.GetBytes(name));
        }

        return [.. table];
    }

    private static void Append(List<byte> output, long value, int size)
    {
        for (var shift = (size - 1) * 8; shift >= 0; shift -= 8)
        {
            output.Add(shift >= 32 ? (byte)0 : (byte)(value >> shift));
        }
    }
}
