namespace SkillGap.Pdf.Fonts;

/// <summary>Type 1, MMType1, TrueType and Type 3 fonts: one byte per code, Unicode and width resolved up front for all 256 codes.</summary>
internal sealed class SimpleFont : PdfFont
{
    private readonly string?[] _unicode;
    private readonly double[] _widths;
    private readonly double _widthScale;
    private readonly UnmappedCodeReporter _reporter;

    /// <param name="unicode">Text per code; null where nothing maps it.</param>
    /// <param name="widths">Glyph-space widths per code.</param>
    /// <param name="fontMatrix">Type 3 only: widths are scaled by its first entry instead of 1/1000.</param>
    public SimpleFont(string name, bool isBold, string?[] unicode, double[] widths, double[]? fontMatrix, Action<string> warn)
    {
        Name = name;
        IsBold = isBold;
        _unicode = unicode;
        _widths = widths;
        FontMatrix = fontMatrix;
        _widthScale = fontMatrix is { Length: 6 } ? fontMatrix[0] : 0.001;
        _reporter = new UnmappedCodeReporter(name, warn);
    }

    public override string Name { get; }

    public override bool IsBold { get; }

    public override double[]? FontMatrix { get; }

    public override int ReadCode(ReadOnlySpan<byte> bytes, out int code)
    {
        code = bytes.IsEmpty ? 0 : bytes[0];
        return bytes.IsEmpty ? 0 : 1;
    }

    public override string ToUnicode(int code) =>
        code is >= 0 and < 256 && _unicode[code] is { } text ? text : _reporter.Report();

    public override double GetWidth(int code) => code is >= 0 and < 256 ? _widths[code] * _widthScale : 0;
}
