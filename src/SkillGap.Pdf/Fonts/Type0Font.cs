using SkillGap.Pdf.Fonts.CMaps;

namespace SkillGap.Pdf.Fonts;

/// <summary>A composite font: codes come from the encoding CMap, CIDs select widths, and Unicode comes from the best source available.</summary>
internal sealed class Type0Font : PdfFont
{
    private readonly CMap _encoding;
    private readonly Func<int, int, string?> _unicodeForCodeAndCid;
    private readonly CidWidths _widths;
    private readonly CidWidths _verticalMetrics;
    private readonly UnmappedCodeReporter _reporter;

    /// <param name="unicodeForCodeAndCid">Unicode text for (code, CID), or null when nothing maps it.</param>
    public Type0Font(string name, bool isBold, CMap encoding, Func<int, int, string?> unicodeForCodeAndCid, CidWidths widths, CidWidths verticalMetrics, Action<string> warn)
    {
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

    public override string ToUnicode(int code) => _unicodeForCodeAndCid(code, CidOf(code)) is { Length: > 0 } text ? text : _reporter.Report();

    public override double GetWidth(int code)
    {
        var width = _widths.Get(CidOf(code))[0];

        // Predefined CMaps we only know by name give no CIDs: single-byte codes there are half-width (ASCII) characters.
        return (!_encoding.HasCidMappings && code <= 0xFF ? Math.Min(width, 500) : width) / 1000.0;
    }

    public override double GetVerticalDisplacement(int code) => _verticalMetrics.Get(CidOf(code))[0] / 1000.0;

    /// <summary>Codes the CMap does not map select CID 0 (ISO 32000-1 §9.7.6.3).</summary>
    public int CidOf(int code) => _encoding.LookupCid(code) ?? 0;
}
