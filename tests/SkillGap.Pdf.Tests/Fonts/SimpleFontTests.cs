using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Objects;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class SimpleFontTests
{
    private static string Decode(PdfFont font, params byte[] codes) =>
        string.Concat(codes.Select(code => font.ToUnicode(code)));

    [Fact]
    public void WinAnsiFontMapsCodePage1252Specifics()
    {
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name("ABCDEF+Calibri")), ("Encoding", Name("WinAnsiEncoding"))), resolver);

        Assert.Equal("Calibri", font.Name);
        Assert.Equal("€’–é", Decode(font, 0x80, 0x92, 0x96, 0xE9));
    }

    [Fact]
    public void MacRomanFontMapsMacSpecifics()
    {
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Palatino")), ("Encoding", Name("MacRomanEncoding"))), new FakeResolver());

        Assert.Equal("é’•fi", Decode(font, 0x8E, 0xD5, 0xA5, 0xDE));
    }

    [Fact]
    public void DifferencesOverrideTheBaseEncodingThroughTheGlyphList()
    {
        var encoding = Dict(
            ("BaseEncoding", Name("WinAnsiEncoding")),
            ("Differences", Array(Num(65), Name("Scaron"), Name("f_f_i"), Num(100), Name("uni00E9"), Name("fl"), Name("g42"))));
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Foo")), ("Encoding", encoding)), resolver);

        Assert.Equal("Š", font.ToUnicode(65));
        Assert.Equal("ffi", font.ToUnicode(66));
        Assert.Equal("C", font.ToUnicode(67));
        Assert.Equal("éfl", Decode(font, 100, 101));
        Assert.Equal("", font.ToUnicode(102));
        Assert.Equal("", font.ToUnicode(102));
        Assert.Single(resolver.Warnings, w => w.Contains("no Unicode mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void ToUnicodeWinsOverTheEncoding()
    {
        var resolver = new FakeResolver();
        var toUnicode = resolver.Add(Stream("1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <0058> endbfchar"));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Helvetica")), ("ToUnicode", toUnicode)), resolver);

        Assert.Equal("X", font.ToUnicode(0x41));
        Assert.Equal("B", font.ToUnicode(0x42));
    }

    [Fact]
    public void IgnoresAnEmptyToUnicodeWithAWarning()
    {
        var resolver = new FakeResolver();
        var toUnicode = resolver.Add(Stream("1 begincodespacerange <00> <FF> endcodespacerange"));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Helvetica")), ("ToUnicode", toUnicode)), resolver);

        Assert.Equal("A", font.ToUnicode(0x41));
        Assert.Contains(resolver.Warnings, w => w.Contains("ToUnicode", StringComparison.Ordinal));
    }

    [Fact]
    public void WidthsComeFromTheWidthsArrayWithMissingWidthOutside()
    {
        var descriptor = Dict(("Flags", Num(32)), ("MissingWidth", Num(250)));
        var font = PdfFontFactory.Create(
            Dict(("Subtype", Name("TrueType")), ("BaseFont", Name("Verdana")), ("FirstChar", Num(65)), ("Widths", Numbers(600, 700)), ("FontDescriptor", descriptor)),
            new FakeResolver());

        Assert.Equal(0.6, font.GetWidth(65), 6);
        Assert.Equal(0.7, font.GetWidth(66), 6);
        Assert.Equal(0.25, font.GetWidth(67), 6);
    }

    [Theory]
    [InlineData("Helvetica", 'A', 0.667)]
    [InlineData("Arial,Bold", 'W', 0.944)]
    [InlineData("TimesNewRoman", 'a', 0.444)]
    [InlineData("CourierNew", 'i', 0.6)]
    public void StandardFontsWithoutWidthsUseAfmMetrics(string baseFont, char letter, double width)
    {
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name(baseFont)), ("Encoding", Name("WinAnsiEncoding"))), new FakeResolver());

        Assert.Equal(width, font.GetWidth(letter), 6);
    }

    [Fact]
    public void SymbolFontUsesItsBuiltInEncoding()
    {
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Symbol"))), new FakeResolver());

        Assert.Equal("αβ", Decode(font, 0x61, 0x62));
        Assert.Equal(0.631, font.GetWidth(0x61), 6);
    }

    [Fact]
    public void SymbolPrivateUseMappingsBecomeRealCharacters()
    {
        var resolver = new FakeResolver();
        var toUnicode = resolver.Add(Stream("2 beginbfchar <B4> <F0B4> <61> <F061> endbfchar"));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name("SymbolMT")), ("ToUnicode", toUnicode)), resolver);

        Assert.Equal("×α", font.ToUnicode(0xB4) + font.ToUnicode(0x61));
    }

    [Fact]
    public void ZapfDingbatsNamesMapToDingbats()
    {
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("ZapfDingbats"))), new FakeResolver());

        Assert.Equal("\u2714", font.ToUnicode(0x34));
    }

    [Fact]
    public void Type3WidthsAreScaledByTheFontMatrix()
    {
        var font = PdfFontFactory.Create(
            Dict(
                ("Subtype", Name("Type3")),
                ("FontMatrix", Numbers(0.01, 0, 0, 0.01, 0, 0)),
                ("FirstChar", Num(97)),
                ("Widths", Numbers(50, 60)),
                ("Encoding", Dict(("Differences", Array(Num(97), Name("a"), Name("square")))))),
            new FakeResolver());

        Assert.Equal(0.5, font.GetWidth(97), 6);
        Assert.Equal(0.6, font.GetWidth(98), 6);
        Assert.Equal(new[] { 0.01, 0, 0, 0.01, 0, 0 }, font.FontMatrix);
        Assert.Equal("a", font.ToUnicode(97));
        Assert.Equal("b", font.ToUnicode(98));
    }

    [Fact]
    public void Type3GlyphNamesAreLabelsNotTexMathNames()
    {
        // pdf.js's simpletype3font.pdf: "ababab" drawn with glyphs the producer named /square and /triangle. "triangle" is a
        // Computer Modern math name (△), but in a Type 3 font it is only a label, so the code stays the letter, as in pdftotext.
        var font = PdfFontFactory.Create(
            Dict(
                ("Subtype", Name("Type3")),
                ("FirstChar", Num(97)),
                ("Widths", Numbers(1000, 1000)),
                ("Encoding", Dict(("Differences", Array(Num(97), Name("square"), Name("triangle"), Name("uni00E9"), Name("fi")))))),
            new FakeResolver());

        Assert.Equal("ab", font.ToUnicode(97) + font.ToUnicode(98));
        Assert.Equal("éfi", font.ToUnicode(99) + font.ToUnicode(100));
    }

    private static PdfFont PdfTexBitmapFont(params int[] codes)
    {
        var differences = new List<PdfObject>();
        foreach (var code in codes)
        {
            differences.Add(Num(code));
            differences.Add(Name($"a{code}"));
        }

        return PdfFontFactory.Create(
            Dict(("Subtype", Name("Type3")), ("FirstChar", Num(0)), ("Widths", Numbers(500)), ("Encoding", Dict(("Differences", Array([.. differences]))))),
            new FakeResolver());
    }

    [Fact]
    public void PdfTexBitmapFontsReadAsT1WhenTheyUseT1Codes()
    {
        // "ﬁ" (28), "–" (21), "ł" (0xAA), "ś" (0xB1), "é" (0xE9), "ß" (0xFF) in the Cork encoding of the EC fonts.
        var font = PdfTexBitmapFont(28, 21, 0x61, 0xAA, 0xB1, 0xE9, 0xFF);

        Assert.Equal("fi–ałśéß", string.Concat(new[] { 28, 21, 0x61, 0xAA, 0xB1, 0xE9, 0xFF }.Select(font.ToUnicode)));
    }

    [Fact]
    public void PdfTexBitmapFontsReadAsOt1WhenTheyUseOt1Ligatures()
    {
        // Computer Modern's OT1: "ﬁ" at 12, "–" at 123, "“" at 92.
        var font = PdfTexBitmapFont(12, 0x6F, 123, 92);

        Assert.Equal("fio–“", string.Concat(new[] { 12, 0x6F, 123, 92 }.Select(font.ToUnicode)));
    }

    [Fact]
    public void PdfTexBitmapFontsWithoutLettersButHighCodesReadAsTs1()
    {
        // A textcomp font drawing only \textbullet (0x88) and \textperiodcentered (0xB7); as T1 they would read "Ĺ" and "ů".
        var font = PdfTexBitmapFont(0x88, 0xB7);

        Assert.Equal("•·", font.ToUnicode(0x88) + font.ToUnicode(0xB7));
        Assert.Equal("→", PdfTexBitmapFont(0x19).ToUnicode(0x19));
        Assert.Equal("ı", PdfTexBitmapFont(0x19, 0x61).ToUnicode(0x19));
    }

    /// <summary>A pdfTeX-style bitmap font, 100 glyph units to the em, whose three glyphs are vertical bars <paramref name="stemPixels"/> wide.</summary>
    private static PdfFont BitmapFontWithStems(int stemPixels)
    {
        var resolver = new FakeResolver();
        var procs = new List<(string, PdfObject)>();
        var differences = new List<PdfObject> { Num(97) };
        for (var code = 97; code <= 99; code++)
        {
            var content = new List<byte>(System.Text.Encoding.ASCII.GetBytes("100 0 0 6 0 0 d1 q 16 0 0 16 0 0 cm BI /W 16 /H 16 /IM true /BPC 1 /D [1 0] ID "));
            var bar = (1 << stemPixels) - 1;
            for (var row = 0; row < 16; row++)
            {
                content.Add((byte)(bar >> 8));
                content.Add((byte)bar);
            }

            content.AddRange(System.Text.Encoding.ASCII.GetBytes(" EI Q"));
            procs.Add(($"a{code}", resolver.Add(Stream([.. content]))));
            differences.Add(Name($"a{code}"));
        }

        return PdfFontFactory.Create(
            Dict(
                ("Subtype", Name("Type3")),
                ("FontMatrix", Numbers(0.01, 0, 0, 0.01, 0, 0)),
                ("FirstChar", Num(97)),
                ("Widths", Numbers(50, 50, 50)),
                ("CharProcs", Dict([.. procs])),
                ("Encoding", Dict(("Differences", Array([.. differences]))))),
            resolver);
    }

    [Theory]
    [InlineData(7, false)] // Computer Modern Roman: stems about 0.07 em
    [InlineData(11, true)] // Computer Modern Bold Extended: about 0.11 em
    public void PdfTexBitmapFontsAreBoldByTheirStrokeWidth(int stemPixels, bool bold)
    {
        var font = BitmapFontWithStems(stemPixels);

        Assert.Equal("abc", font.ToUnicode(97) + font.ToUnicode(98) + font.ToUnicode(99));
        Assert.Equal(bold, font.IsBold);
    }

    [Fact]
    public void OtherNumberedType3NamesKeepTheAsciiFallback()
    {
        // Names that are not /a<code> (here /a7 at code 97) are no TeX font: code 28 stays unmapped, 97 stays "a".
        var font = PdfFontFactory.Create(
            Dict(("Subtype", Name("Type3")), ("FirstChar", Num(28)), ("Widths", Numbers(500)), ("Encoding", Dict(("Differences", Array(Num(28), Name("a28"), Num(97), Name("a7")))))),
            new FakeResolver());

        Assert.Equal("", font.ToUnicode(28));
        Assert.Equal("a", font.ToUnicode(97));
    }

    [Fact]
    public void Type1FontsStillReadTexMathNames()
    {
        var font = PdfFontFactory.Create(
            Dict(("Subtype", Name("Type1")), ("BaseFont", Name("CMSY10")), ("Encoding", Dict(("Differences", Array(Num(52), Name("triangle")))))),
            new FakeResolver());

        Assert.Equal("\u25B3", font.ToUnicode(52));
    }

    [Theory]
    [InlineData("Helvetica-Bold", 0, 0, true)]
    [InlineData("ABCDEF+Calibri-Bold", 0, 0, true)]
    [InlineData("Arial,Bold", 0, 0, true)]
    [InlineData("Arial-BoldMT", 0, 0, true)]
    [InlineData("Montserrat-SemiBold", 0, 0, true)]
    [InlineData("Lato-Black", 0, 0, true)]
    [InlineData("Futura-Heavy", 0, 0, true)]
    [InlineData("Garamond-Demi", 0, 0, true)]
    [InlineData("Foo", 700, 0, true)]
    [InlineData("Foo", 0, 1 << 18, true)]
    [InlineData("Foo", 400, 32, false)]
    [InlineData("Helvetica", 0, 0, false)]
    public void DetectsBoldFromNameWeightOrFlags(string baseFont, int weight, int flags, bool bold)
    {
        var entries = new List<(string, PdfObject)> { ("Flags", Num(flags)) };
        if (weight > 0)
        {
            entries.Add(("FontWeight", Num(weight)));
        }

        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name(baseFont)), ("FontDescriptor", Dict([.. entries]))), new FakeResolver());

        Assert.Equal(bold, font.IsBold);
    }

    [Fact]
    public void ReadsOneByteCodes()
    {
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("Helvetica"))), new FakeResolver());

        Assert.Equal(1, font.ReadCode(new byte[] { 0x41, 0x42 }, out var code));
        Assert.Equal(0x41, code);
    }

    [Fact]
    public void SurvivesGarbageDictionaries()
    {
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(
            Dict(
                ("Subtype", Name("Weird")),
                ("Encoding", Num(3)),
                ("Widths", Name("x")),
                ("ToUnicode", Stream("junk", ("Corrupt", PdfBoolean.True))),
                ("FontDescriptor", Dict(("FontFile2", Stream("not a font"))))),
            resolver);

        Assert.Equal("A", font.ToUnicode(0x41));
        Assert.True(font.GetWidth(0x41) > 0);
        Assert.NotEmpty(resolver.Warnings);
    }
}
