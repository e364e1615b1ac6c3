using SkillGap.Pdf.Fonts.CMaps;

namespace SkillGap.Pdf.Fonts;

/// <summary>A composite font: codes come from the encoding CMap, CIDs select widths, and Unicode comes from the best source available.</summary>
internal sealed class Type0Font : PdfFont
{
    private const int MaxCachedCodes = 65536;

    private readonly CMap _encoding;
    private readonly Func<int, int, string?> _unicodeForCodeAndCid;
    private readonly CidWidths _widths;
    private readonly CidWidths _verticalMetrics;
    private readonly UnmappedCodeReporter _reporter;
    private readonly bool _singleBytesAreHalfWidth;

    // CMap ranges are searched linearly; a document shows the same few hundred codes again and again. A font belongs to
    // one document's read, on one thread, so plain dictionaries do.
    private readonly Dictionary<int, string> _textByCode = new();
    private readonly Dictionary<int, int> _cidByCode = new();

    /// <param name="unicodeForCodeAndCid">Unicode text for (code, CID), or null when nothing maps it.</param>
    /// <param name="singleBytesAreHalfWidth">The encoding is a predefined CJK CMap, whose codes up to 0xFF select half-width or proportional CIDs.</param>
    public Type0Font(string name, bool isBold, CMap encoding, Func<int, int, string?> unicodeForCodeAndCid, CidWidths widths, CidWidths verticalMetrics, Action<string> warn, bool singleBytesAreHalfWidth = false)
    {
        _singleBytesAreHalfWidth = singleBytesAreHalfWidth;
        Name = name;
        IsBold = isBold;
        _encoding = encoding;
        _unicodeForCodeAndCid = unicodeForCodeAndCid;
        _widths = widths;
        _verticalMetrics = verticalMetrics;
        _reporter = new UnmappedCodeReporter(name, warn);
    }

    public override string Name { get; }

    public override bool IsBold { get; }

    public override bool IsVertical => _encoding.WritingMode == 1;

    public override int ReadCode(ReadOnlySpan<byte> bytes, out int code) => _encoding.ReadCode(bytes, out code);

    public override string ToUnicode(int code)
    {
        if (!_textByCode.TryGetValue(code, out var text))
        {
            text = _unicodeForCodeAndCid(code, CidOf(code)) ?? "";
            if (_textByCode.Count < MaxCachedCodes)
            {
                _textByCode[code] = text;
            }
        }

        return text.Length > 0 ? text : _reporter.Report();
    }

    public override double GetWidth(int code)
    {
        var cid = CidOf(code);
        var width = _widths.Get(cid)[0];

        // Without a /W entry a CID gets /DW, usually 1000; for the half-width and proportional CIDs that low codes select in CJK CMaps
        // (and for CMaps we only know by name, which give no CIDs at all) that would spread Latin text apart.
        var halfWidth = code <= 0xFF && (_singleBytesAreHalfWidth || !_encoding.HasCidMappings) && !_widths.Covers(cid);
        return (halfWidth ? Math.Min(width, 500) : width) / 1000.0;
    }

    public override double GetVerticalDisplacement(int code) => _verticalMetrics.Get(CidOf(code))[0] / 1000.0;

    /// <summary>Codes the CMap does not map select CID 0 (ISO 32000-1 §9.7.6.3).</summary>
    public int CidOf(int code)
    {
        if (!_cidByCode.TryGetValue(code, out var cid))
        {
            cid = _encoding.LookupCid(code) ?? 0;
            if (_cidByCode.Count < MaxCachedCodes)
            {
                _cidByCode[code] = cid;
            }
        }

        return cid;
    }
}
