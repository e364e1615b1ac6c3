using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>The /FontDescriptor entries fonts need: flags, weight, missing width and the embedded program, if any.</summary>
internal sealed class FontDescriptor
{
    private const int SymbolicFlag = 1 << 2;
    private const int ForceBoldFlag = 1 << 18;

    public static readonly FontDescriptor None = new(0, null, 0, null, null);

    private FontDescriptor(int flags, double? fontWeight, double missingWidth, PdfStream? fontFile, string? fontFileKind)
    {
        Flags = flags;
        FontWeight = fontWeight;
        MissingWidth = missingWidth;
        FontFile = fontFile;
        FontFileKind = fontFileKind;
    }

    public int Flags { get; }

    public double? FontWeight { get; }

    public double MissingWidth { get; }

    public PdfStream? FontFile { get; }

    /// <summary>"FontFile" (Type 1), "FontFile2" (TrueType), or the FontFile3 /Subtype (Type1C, CIDFontType0C, OpenType).</summary>
    public string? FontFileKind { get; }

    public bool HasSymbolicFlag => (Flags & SymbolicFlag) != 0;

    public bool ForceBold => (Flags & ForceBoldFlag) != 0;

    public static FontDescriptor Read(PdfDictionary? descriptor, IPdfObjectResolver resolver)
    {
        if (descriptor is null)
        {
            return None;
        }

        var flags = (int)(resolver.GetNumber(descriptor, "Flags") ?? 0);
        var weight = resolver.GetNumber(descriptor, "FontWeight");
        var missing = resolver.GetNumber(descriptor, "MissingWidth") ?? 0;
        if (!double.IsFinite(missing))
        {
            missing = 0;
        }

        foreach (var key in (string[])["FontFile", "FontFile2", "FontFile3"])
        {
            if (resolver.Resolve(descriptor[key]) is PdfStream stream)
            {
                var kind = key == "FontFile3" ? resolver.GetName(stream.Dictionary, "Subtype") ?? "Type1C" : key;
                return new FontDescriptor(flags, weight, missing, stream, kind);
            }
        }

        return new FontDescriptor(flags, weight, missing, null, null);
    }

    public bool IsBold(string name) => ForceBold || FontWeight >= 600 || FontNames.NameSaysBold(name);
}
