using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>What an embedded font program tells us about its glyphs. Every part is optional.</summary>
internal sealed class EmbeddedProgram
{
    public static readonly EmbeddedProgram None = new(null, null, null);

    private EmbeddedProgram(string?[]? builtInEncoding, TrueTypeFont? trueType, CffFont? cff)
    {
        BuiltInEncoding = builtInEncoding;
        TrueType = trueType;
        Cff = cff;
    }

    /// <summary>Code → glyph name from a Type 1 or CFF program's own encoding.</summary>
    public string?[]? BuiltInEncoding { get; }

    public TrueTypeFont? TrueType { get; }

    public CffFont? Cff { get; }

    /// <summary>Decodes and parses the descriptor's font file. A damaged program becomes <see cref="None"/> with one warning.</summary>
    public static EmbeddedProgram Load(FontDescriptor descriptor, IPdfObjectResolver resolver, string fontName)
    {
        if (descriptor.FontFile is not { } stream)
        {
            return None;
        }

        byte[] data;
        try
        {
            data = resolver.DecodeStream(stream);
        }
        catch (PdfCorruptException)
        {
            resolver.Warn($"Font '{fontName}' has an unreadable embedded font program.");
            return None;
        }

        var program = Parse(data, descriptor.FontFileKind, (int)(resolver.GetNumber(stream.Dictionary, "Length1") ?? 0));
        if (program is null)
        {
            resolver.Warn($"Font '{fontName}' has an embedded font program that could not be parsed.");
            return None;
        }

        return program;
    }

    public static EmbeddedProgram? Parse(byte[] data, string? kind, int clearTextLength)
    {
        // Producers mislabel programs (a CFF in FontFile2, an OpenType in FontFile3/Type1C); the first bytes are more reliable.
        switch (Sniff(data) ?? kind)
        {
            case "FontFile":
                return new EmbeddedProgram(Type1Encoding.Read(data, clearTextLength), null, null);
            case "Sfnt" or "FontFile2" or "OpenType":
                var sfnt = TrueTypeFont.Parse(data);
                var embeddedCff = sfnt?.CffTable is { } table ? CffFont.Parse(table.Span) : null;
                return sfnt is null ? null : new EmbeddedProgram(embeddedCff?.GetBuiltInEncoding(), sfnt, embeddedCff);
            default:
                var cff = CffFont.Parse(data);
                return cff is null ? null : new EmbeddedProgram(cff.IsCidKeyed ? null : cff.GetBuiltInEncoding(), null, cff);
        }
    }

    private static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4)
        {
            return null;
        }

        if (data.StartsWith("OTTO"u8) || data.StartsWith("true"u8) || data.StartsWith("ttcf"u8) || data.StartsWith((ReadOnlySpan<byte>)[0, 1, 0, 0]))
        {
            return "Sfnt";
        }

        if (data.StartsWith("%!"u8) || data.StartsWith((ReadOnlySpan<byte>)[0x80, 0x01]))
        {
            return "FontFile";
        }

        return data[0] == 1 && data[1] == 0 ? "Type1C" : null;
    }
}
