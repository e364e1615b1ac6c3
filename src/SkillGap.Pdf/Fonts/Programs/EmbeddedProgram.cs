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
        switch (kind)
        {
            case "FontFile":
                return new EmbeddedProgram(Type1Encoding.Read(data, clearTextLength), null, null);
            case "FontFile2":
                var trueType = TrueTypeFont.Parse(data);
                return trueType is null ? null : new EmbeddedProgram(null, trueType, null);
            case "OpenType":
                var openType = TrueTypeFont.Parse(data);
                var embeddedCff = openType?.CffTable is { } table ? CffFont.Parse(table.Span) : null;
                return openType is null ? null : new EmbeddedProgram(embeddedCff?.GetBuiltInEncoding(), openType, embeddedCff);
            default:
                var cff = CffFont.Parse(data);
                return cff is null ? null : new EmbeddedProgram(cff.IsCidKeyed ? null : cff.GetBuiltInEncoding(), null, cff);
        }
    }
}
