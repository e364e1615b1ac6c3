using SkillGap.Pdf.Fonts.Encodings;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// A parsed CMap: how shown strings split into codes, and what each code means — Unicode text (ToUnicode CMaps,
/// bfchar/bfrange) or a CID (encoding CMaps, cidchar/cidrange). Ranges stay ranges: a 65,536-code bfrange costs one entry.
/// </summary>
internal sealed class CMap
{
    public const int MaxMappings = 500_000;
    public const int MaxRanges = 100_000;

    private readonly List<CodespaceRange> _codespaces = [];
    private readonly Dictionary<int, string> _unicode = [];
    private readonly List<UnicodeRange> _unicodeRanges = [];
    private readonly Dictionary<int, int> _cids = [];
    private readonly List<CidRange> _cidRanges = [];
    private SortedCidRanges? _sortedCidRanges;

    public string Name { get; set; } = "";

    /// <summary>1 for vertical writing (/WMode 1).</summary>
    public int WritingMode { get; set; }

    /// <summary>A CMap named by usecmap; consulted after this one's own mappings.</summary>
    public CMap? Parent { get; set; }

    public bool HasUnicodeMappings => _unicode.Count > 0 || _unicodeRanges.Count > 0 || (Parent?.HasUnicodeMappings ?? false);

    public bool HasCidMappings => _cids.Count > 0 || _cidRanges.Count > 0 || _sortedCidRanges is { Count: > 0 } || (Parent?.HasCidMappings ?? false);

    public bool HasCodespaces => _codespaces.Count > 0 || (Parent?.HasCodespaces ?? false);

    /// <summary>Set when a cap stopped the parser from storing every mapping.</summary>
    public bool WasTruncated { get; private set; }

    public void AddCodespace(CodespaceRange range)
    {
        if (_codespaces.Count < 1000)
        {
            _codespaces.Add(range);
        }
    }

    public void AddUnicode(int code, string text)
    {
        if (_unicode.Count >= MaxMappings)
        {
            WasTruncated = true;
            return;
        }

        _unicode[code] = text;
    }

    public void AddUnicodeRange(int low, int high, string firstText)
    {
        if (_unicodeRanges.Count >= MaxRanges || firstText.Length == 0)
        {
            WasTruncated |= firstText.Length > 0;
            return;
        }

        _unicodeRanges.Add(new UnicodeRange(low, high, firstText));
    }

    public void AddCid(int code, int cid)
    {
        if (_cids.Count >= MaxMappings)
        {
            WasTruncated = true;
            return;
        }

        _cids[code] = cid;
    }

    public void AddCidRange(int low, int high, int firstCid)
    {
        if (_cidRanges.Count >= MaxRanges)
        {
            WasTruncated = true;
            return;
        }

        _cidRanges.Add(new CidRange(low, high, firstCid));
    }

    /// <summary>The bulk mappings of a predefined CMap, consulted after the single and range mappings added one by one.</summary>
    public void SetSortedCidRanges(SortedCidRanges ranges) => _sortedCidRanges = ranges;

    /// <summary>Reads one code by the codespace ranges; an unmatched byte sequence uses the shortest codespace length, so reading always advances.</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, out int code)
    {
        code = 0;
        if (bytes.IsEmpty)
        {
            return 0;
        }

        var value = 0;
        for (var length = 1; length <= 4 && length <= bytes.Length; length++)
        {
            value = (value << 8) | bytes[length - 1];
            if (MatchesCodespace(value, length))
            {
                code = value;
                return length;
            }
        }

        var fallback = Math.Min(ShortestCodespaceLength(), bytes.Length);
        code = 0;
        for (var i = 0; i < fallback; i++)
        {
            code = (code << 8) | bytes[i];
        }

        return fallback;
    }

    public string? LookupUnicode(int code)
    {
        if (_unicode.TryGetValue(code, out var text))
        {
            return text;
        }

        for (var i = _unicodeRanges.Count - 1; i >= 0; i--)
        {
            var range = _unicodeRanges[i];
            if (code >= range.Low && code <= range.High)
            {
                return Offset(range.FirstText, code - range.Low);
            }
        }

        return Parent?.LookupUnicode(code);
    }

    public int? LookupCid(int code)
    {
        if (_cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        for (var i = _cidRanges.Count - 1; i >= 0; i--)
        {
            var range = _cidRanges[i];
            if (code >= range.Low && code <= range.High)
            {
                return range.FirstCid + (code - range.Low);
            }
        }

        return _sortedCidRanges?.Lookup(code) ?? Parent?.LookupCid(code);
    }

    private bool MatchesCodespace(int code, int length)
    {
        foreach (var range in _codespaces)
        {
            if (range.Length == length && range.Contains(code))
            {
                return true;
            }
        }

        return Parent?.MatchesCodespace(code, length) ?? false;
    }

    private int ShortestCodespaceLength()
    {
        var shortest = int.MaxValue;
        for (var map = this; map is not null; map = map.Parent)
        {
            foreach (var range in map._codespaces)
            {
                shortest = Math.Min(shortest, range.Length);
            }
        }

        return shortest == int.MaxValue ? 1 : shortest;
    }

    /// <summary>A bfrange destination advances its last character for each code past the first.</summary>
    private static string Offset(string first, int offset)
    {
        if (offset == 0)
        {
            return LigatureExpander.Expand(first.Replace("\0", "", StringComparison.Ordinal));
        }

        var lastStart = first.Length >= 2 && char.IsSurrogatePair(first[^2], first[^1]) ? first.Length - 2 : first.Length - 1;
        if (char.IsSurrogate(first[lastStart]) && lastStart == first.Length - 1)
        {
            return "";
        }

        var scalar = char.ConvertToUtf32(first, lastStart) + offset;
        if (scalar > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF)
        {
            return "";
        }

        return LigatureExpander.Expand((first[..lastStart] + char.ConvertFromUtf32(scalar)).Replace("\0", "", StringComparison.Ordinal));
    }

    private readonly record struct UnicodeRange(int Low, int High, string FirstText);

    private readonly record struct CidRange(int Low, int High, int FirstCid);
}
