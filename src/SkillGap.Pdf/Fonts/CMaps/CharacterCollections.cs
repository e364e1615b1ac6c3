using System.Collections.Concurrent;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// CID → Unicode for Adobe's public character collections (Adobe-Japan1, -GB1, -CNS1, -Korea1, -KR), so a CJK font
/// without ToUnicode and without a usable embedded cmap still yields text. Data: Resources/cidtounicode (see its README);
/// each collection is decompressed on first use only.
/// </summary>
internal static class CharacterCollections
{
    private static readonly ConcurrentDictionary<string, Lazy<Table?>> _tables = new(StringComparer.Ordinal);

    /// <summary>True when we hold a table for this registry and ordering.</summary>
    public static bool IsKnown(string? registry, string? ordering) => ResourceName(registry, ordering) is not null;

    /// <summary>The Unicode text of a CID in the collection, or null when the collection or the CID is unknown.</summary>
    public static string? ToUnicode(string? registry, string? ordering, int cid)
    {
        if (ResourceName(registry, ordering) is not { } name)
        {
            return null;
        }

        var table = _tables.GetOrAdd(name, key => new Lazy<Table?>(() => Table.Load(key))).Value;
        return table?.Get(cid);
    }

    private static string? ResourceName(string? registry, string? ordering) =>
        registry == "Adobe" && ordering is "Japan1" or "GB1" or "CNS1" or "Korea1" or "KR" ? $"cidtounicode/Adobe-{ordering}.bin" : null;

    /// <summary>One collection: every CID's UTF-16 text packed into one array, found by offset.</summary>
    private sealed class Table(char[] units, int[] starts)
    {
        public string? Get(int cid)
        {
            if (cid < 0 || cid >= starts.Length - 1)
            {
                return null;
            }

            var length = starts[cid + 1] - starts[cid];
            return length == 0 ? null : new string(units, starts[cid], length);
        }

        /// <summary>Format (written by scripts/generate-cidtounicode.py): "CIDU", then per CID a count byte and that many big-endian UTF-16 units.</summary>
        public static Table? Load(string resourceName)
        {
            if (FontResources.ReadZlib(resourceName) is not { } data)
            {
                return null;
            }

            if (data.Length < 4 || data[0] != 'C' || data[1] != 'I' || data[2] != 'D' || data[3] != 'U')
            {
                return null;
            }

            var units = new List<char>(data.Length / 3);
            var starts = new List<int>(data.Length / 3) { 0 };
            for (var i = 4; i < data.Length;)
            {
                var count = data[i++];
                for (var k = 0; k < count && i + 1 < data.Length; k++, i += 2)
                {
                    units.Add((char)((data[i] << 8) | data[i + 1]));
                }

                starts.Add(units.Count);
            }

            return new Table([.. units], [.. starts]);
        }
    }
}
