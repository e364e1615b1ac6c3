using SkillGap.Pdf.Fonts.Metrics;
namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>The base encodings of ISO 32000-1 Annex D (and the built-in encodings of Symbol and ZapfDingbats, read from their AFM files).</summary>
internal static class StandardEncodings
{
    private const string Digits = "zero one two three four five six seven eight nine";
    private const string Upper = "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z";
    private const string Lower = "a b c d e f g h i j k l m n o p q r s t u v w x y z";

    /// <summary>Codes 32–126 shared by WinAnsi, MacRoman and PDFDoc (StandardEncoding differs at 39 and 96).</summary>
    private const string Ascii =
        "space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash "
        + Digits + " colon semicolon less equal greater question at " + Upper
        + " bracketleft backslash bracketright asciicircum underscore grave " + Lower + " braceleft bar braceright asciitilde";

    private const string Latin1Upper =
        "space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron "
        + "degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown "
        + "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis "
        + "Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls "
        + "agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis "
        + "eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";

    private static readonly Lazy<FontEncoding> _standard = new(() => FromAfm("Times-Roman"));
    private static readonly Lazy<FontEncoding> _symbol = new(() => FromAfm("Symbol"));
    private static readonly Lazy<FontEncoding> _zapfDingbats = new(() => FromAfm("ZapfDingbats"));

    /// <summary>Windows code page 1252; the unused codes above 40 (octal) show a bullet, as the specification notes.</summary>
    public static FontEncoding WinAnsi { get; } = new(FontEncoding.NamesFrom(0xA0, Latin1Upper, FontEncoding.NamesFrom(0x80,
        "Euro bullet quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft OE bullet Zcaron bullet "
        + "bullet quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe bullet zcaron Ydieresis",
        FontEncoding.NamesFrom(32, Ascii + " bullet"))));

    /// <summary>Mac OS Roman, including the mathematical codes the PDF table leaves out (they appear in real Mac fonts).</summary>
    public static FontEncoding MacRoman { get; } = new(FontEncoding.NamesFrom(0x80,
        "Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde aring ccedilla eacute egrave "
        + "ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute ograve ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis "
        + "dagger degree cent sterling section bullet paragraph germandbls registered copyright trademark acute dieresis notequal AE Oslash "
        + "infinity plusminus lessequal greaterequal yen mu partialdiff summation product pi integral ordfeminine ordmasculine Omega ae oslash "
        + "questiondown exclamdown logicalnot radical florin approxequal Delta guillemotleft guillemotright ellipsis space Agrave Atilde Otilde OE oe "
        + "endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl "
        + "daggerdbl periodcentered quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex "
        + ". Ograve Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron",
        FontEncoding.NamesFrom(32, Ascii)));

    public static FontEncoding PdfDoc { get; } = new(FontEncoding.NamesFrom(0xA0, "Euro " + Latin1Upper[(Latin1Upper.IndexOf(' ', StringComparison.Ordinal) + 1)..],
        FontEncoding.NamesFrom(0x80,
            "bullet dagger daggerdbl ellipsis emdash endash florin fraction guilsinglleft guilsinglright minus perthousand quotedblbase quotedblleft quotedblright quoteleft "
            + "quoteright quotesinglbase trademark fi fl Lslash OE Scaron Ydieresis Zcaron dotlessi lslash oe scaron zcaron",
            FontEncoding.NamesFrom(0x18, "breve caron circumflex dotaccent hungarumlaut ogonek ring tilde " + Ascii)))
        .Select((name, code) => code == 0xAD ? null : name).ToArray());

    public static FontEncoding Standard => _standard.Value;

    public static FontEncoding Symbol => _symbol.Value;

    public static FontEncoding ZapfDingbats => _zapfDingbats.Value;

    /// <summary>The base encoding named by /Encoding or /BaseEncoding; null for names that are not base encodings.</summary>
    public static FontEncoding? ByName(string? name) => name switch
    {
        "StandardEncoding" => Standard,
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "PDFDocEncoding" => PdfDoc,
        "SymbolEncoding" => Symbol,
        "ZapfDingbatsEncoding" => ZapfDingbats,
        _ => null,
    };

    private static FontEncoding FromAfm(string fontName)
    {
        var names = new string?[256];
        var metrics = AfmLibrary.Get(fontName);
        if (metrics is not null)
        {
            foreach (var (code, name) in metrics.EncodedGlyphs)
            {
                names[code] = name;
            }
        }

        return new FontEncoding(names);
    }
}
