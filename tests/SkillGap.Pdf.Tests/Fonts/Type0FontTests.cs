using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Objects;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class Type0FontTests
{
    private static PdfDictionary Type0(PdfObject encoding, PdfDictionary descendant, PdfObject? toUnicode = null)
    {
        var entries = new List<(string, PdfObject)>
        {
            ("Subtype", Name("Type0")),
            ("BaseFont", Name("QWERTY+NotoSans-Bold")),
            ("Encoding", encoding),
            ("DescendantFonts", Array(descendant)),
        };
        if (toUnicode is not null)
        {
            entries.Add(("ToUnicode", toUnicode));
        }

        return Dict([.. entries]);
    }

    private static PdfDictionary CidFont(params (string Key, PdfObject Value)[] extra) =>
        Dict([("Subtype", Name("CIDFontType2")), .. extra]);

    [Fact]
    public void IdentityHReadsTwoByteCodesAndMapsThroughToUnicode()
    {
        var resolver = new FakeResolver();
        var toUnicode = resolver.Add(Stream("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0024> <0026> <0041> endbfrange"));
        var font = PdfFontFactory.Create(Type0(Name("Identity-H"), CidFont(), toUnicode), resolver);

        Assert.Equal(2, font.ReadCode(new byte[] { 0x00, 0x25, 0x00 }, out var code));
        Assert.Equal(0x25, code);
        Assert.Equal("B", font.ToUnicode(code));
        Assert.Equal("NotoSans-Bold", font.Name);
        Assert.True(font.IsBold);
        Assert.False(font.IsVertical);
    }

    [Fact]
    public void ReadsBothFormsOfTheWArrayAndTheDefaultWidth()
    {
        var widths = Array(Num(1), Numbers(500, 600), Num(10), Num(20), Num(250));
        var font = PdfFontFactory.Create(Type0(Name("Identity-H"), CidFont(("W", widths), ("DW", Num(800)))), new FakeResolver());

        Assert.Equal(0.5, font.GetWidth(1), 6);
        Assert.Equal(0.6, font.GetWidth(2), 6);
        Assert.Equal(0.25, font.GetWidth(15), 6);
        Assert.Equal(0.8, font.GetWidth(3), 6);
    }

    [Fact]
    public void VerticalFontsReadW2AndDw2()
    {
        var w2 = Array(Num(5), Numbers(-900, 500, 880), Num(10), Num(12), Num(-500), Num(250), Num(880));
        var font = PdfFontFactory.Create(Type0(Name("Identity-V"), CidFont(("W2", w2), ("DW2", Numbers(880, -1000)))), new FakeResolver());

        Assert.True(font.IsVertical);
        Assert.Equal(-0.9, font.GetVerticalDisplacement(5), 6);
        Assert.Equal(-0.5, font.GetVerticalDisplacement(11), 6);
        Assert.Equal(-1.0, font.GetVerticalDisplacement(99), 6);
    }

    [Fact]
    public void UnicodeKeyedPredefinedCMapsNeedNoToUnicode()
    {
        var font = PdfFontFactory.Create(Type0(Name("UniJIS-UCS2-H"), CidFont()), new FakeResolver());

        Assert.Equal(2, font.ReadCode(new byte[] { 0x65, 0xE5 }, out var code));
        Assert.Equal("日", font.ToUnicode(code));
    }

    [Fact]
    public void LegacyCjkCMapsDecodeThroughTheirCodePage()
    {
        var font = PdfFontFactory.Create(Type0(Name("GBK-EUC-H"), CidFont(("DW", Num(1000)))), new FakeResolver());
        byte[] shown = [0x41, 0xD6, 0xD0];

        Assert.Equal(1, font.ReadCode(shown, out var ascii));
        Assert.Equal(2, font.ReadCode(shown.AsSpan(1), out var hanzi));
        Assert.Equal("A中", font.ToUnicode(ascii) + font.ToUnicode(hanzi));
        Assert.Equal(0.5, font.GetWidth(ascii), 6);
        Assert.Equal(1.0, font.GetWidth(hanzi), 6);
    }

    [Fact]
    public void ShiftJisCMapsDecodeKanaAndKanji()
    {
        var font = PdfFontFactory.Create(Type0(Name("90ms-RKSJ-H"), CidFont()), new FakeResolver());
        byte[] shown = [0x82, 0xA0, 0x93, 0xFA];

        font.ReadCode(shown, out var hiragana);
        font.ReadCode(shown.AsSpan(2), out var kanji);

        Assert.Equal("あ日", font.ToUnicode(hiragana) + font.ToUnicode(kanji));
    }

    [Fact]
    public void Utf16PredefinedCMapsReadSurrogatePairsAsOneCode()
    {
        var font = PdfFontFactory.Create(Type0(Name("UniJIS-UTF16-H"), CidFont()), new FakeResolver());

        Assert.Equal(4, font.ReadCode(new byte[] { 0xD8, 0x3D, 0xDE, 0x00 }, out var code));
        Assert.Equal("\U0001F600", font.ToUnicode(code));
    }

    [Fact]
    public void EmbeddedEncodingCMapsMapCodesToCidsForWidths()
    {
        var resolver = new FakeResolver();
        var encoding = resolver.Add(Stream("""
            1 begincodespacerange <00> <FF> endcodespacerange
            1 begincidrange <41> <5A> 100 endcidrange
            """));
        var font = PdfFontFactory.Create(Type0(encoding, CidFont(("W", Array(Num(101), Numbers(321))))), resolver);

        Assert.Equal(1, font.ReadCode(new byte[] { 0x42 }, out var code));
        Assert.Equal(0.321, font.GetWidth(code), 6);
    }

    [Fact]
    public void EmbeddedEncodingCMapsFollowUseCMap()
    {
        var resolver = new FakeResolver();
        var encoding = resolver.Add(Stream("1 begincidchar <0041> 7 endcidchar", ("UseCMap", Name("Identity-H"))));
        var font = PdfFontFactory.Create(Type0(encoding, CidFont(("W", Array(Num(7), Numbers(123), Num(9), Numbers(456))))), resolver);

        Assert.Equal(2, font.ReadCode(new byte[] { 0x00, 0x41 }, out var remapped));
        Assert.Equal(0.123, font.GetWidth(remapped), 6);
        Assert.Equal(0.456, font.GetWidth(9), 6);
    }

    private static PdfDictionary CidSystemInfo(string registry, string ordering) =>
        Dict(("Registry", new PdfString(System.Text.Encoding.ASCII.GetBytes(registry), false)), ("Ordering", new PdfString(System.Text.Encoding.ASCII.GetBytes(ordering), false)), ("Supplement", Num(1)));

    [Theory]
    [InlineData("Japan1", 843, "あ")]
    [InlineData("Japan1", 3284, "日")]
    [InlineData("GB1", 4559, "中")]
    [InlineData("CNS1", 661, "中")]
    [InlineData("Korea1", 1086, "가")]
    public void CidsWithoutToUnicodeOrProgramMapThroughTheirAdobeCollection(string ordering, int cid, string expected)
    {
        var font = PdfFontFactory.Create(Type0(Name("Identity-V"), CidFont(("CIDSystemInfo", CidSystemInfo("Adobe", ordering)))), new FakeResolver());

        Assert.Equal(2, font.ReadCode(new byte[] { (byte)(cid >> 8), (byte)cid }, out var code));
        Assert.Equal(expected, font.ToUnicode(code));
    }

    [Fact]
    public void CollectionVariantCidsGiveTheBaseCharacterWithoutAVariationSelector()
    {
        // Adobe-Japan1 CID 7800 is a glyph variant of U+7C7E; the collection table pairs it with an ideographic variation selector.
        var font = PdfFontFactory.Create(Type0(Name("Identity-H"), CidFont(("CIDSystemInfo", CidSystemInfo("Adobe", "Japan1")))), new FakeResolver());

        Assert.Equal("籾", font.ToUnicode(7800));
    }

    [Fact]
    public void IdentityOrderingHasNoCollectionToFallBackOn()
    {
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(Type0(Name("Identity-H"), CidFont(("CIDSystemInfo", CidSystemInfo("Adobe", "Identity")))), resolver);

        Assert.Equal("", font.ToUnicode(843));
        Assert.Contains(resolver.Warnings, w => w.Contains("no Unicode mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void BundledUnicodeCMapsSelectRealCidsSoProportionalWidthsApply()
    {
        // UniJIS-UCS2-H sends U+0041 "A" to Adobe-Japan1 CID 34 and U+0069 "i" to CID 74 (proportional Latin); U+65E5 "日" to CID 3284.
        var widths = Array(Num(34), Numbers(722), Num(74), Numbers(222), Num(3284), Numbers(1000));
        var font = PdfFontFactory.Create(Type0(Name("UniJIS-UCS2-H"), CidFont(("W", widths), ("DW", Num(1000)))), new FakeResolver());

        Assert.Equal(0.722, font.GetWidth(0x0041), 6);
        Assert.Equal(0.222, font.GetWidth(0x0069), 6);
        Assert.Equal(1.0, font.GetWidth(0x65E5), 6);
        Assert.Equal("Ai日", font.ToUnicode(0x0041) + font.ToUnicode(0x0069) + font.ToUnicode(0x65E5));
    }

    [Fact]
    public void BundledByteCMapsSelectRealCids()
    {
        // GBK-EUC-H: <20> → 7716, <21>–<7E> → 814…, so "A" (0x41) is CID 846; <D6D0> "中" is CID 4559.
        var widths = Array(Num(846), Numbers(611), Num(4559), Numbers(990));
        var font = PdfFontFactory.Create(Type0(Name("GBK-EUC-H"), CidFont(("W", widths))), new FakeResolver());
        byte[] shown = [0x41, 0xD6, 0xD0];

        Assert.Equal(1, font.ReadCode(shown, out var latin));
        Assert.Equal(2, font.ReadCode(shown.AsSpan(1), out var hanzi));
        Assert.Equal(0.611, font.GetWidth(latin), 6);
        Assert.Equal(0.990, font.GetWidth(hanzi), 6);
    }

    [Fact]
    public void BundledVerticalCMapsWriteVerticallyAndInheritTheirHorizontalBase()
    {
        // 90ms-RKSJ-V uses 90ms-RKSJ-H and replaces punctuation with vertical forms: <8141> "、" is CID 634 horizontally, 7887 vertically.
        var horizontal = (Type0Font)PdfFontFactory.Create(Type0(Name("90ms-RKSJ-H"), CidFont()), new FakeResolver());
        var vertical = (Type0Font)PdfFontFactory.Create(Type0(Name("90ms-RKSJ-V"), CidFont()), new FakeResolver());

        Assert.True(vertical.IsVertical);
        Assert.Equal(634, horizontal.CidOf(0x8141));
        Assert.Equal(7887, vertical.CidOf(0x8141));
        Assert.Equal(horizontal.CidOf(0x93FA), vertical.CidOf(0x93FA));
        Assert.Equal("、日", vertical.ToUnicode(0x8141) + vertical.ToUnicode(0x93FA));
    }

    [Fact]
    public void BundledUtf16CMapsMapSurrogatePairsToCids()
    {
        var font = (Type0Font)PdfFontFactory.Create(Type0(Name("UniJIS-UTF16-H"), CidFont()), new FakeResolver());

        Assert.Equal(4, font.ReadCode(new byte[] { 0xD8, 0x40, 0xDC, 0x0B }, out var code));
        Assert.NotEqual(0, font.CidOf(code));
        Assert.Equal("\U0002000B", font.ToUnicode(code));
    }

    [Fact]
    public void UnknownPredefinedCMapsFallBackToTwoByteCodesWithAWarning()
    {
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(Type0(Name("Adobe-Made-Up-H"), CidFont()), resolver);

        Assert.Equal(2, font.ReadCode(new byte[] { 0x01, 0x02 }, out _));
        Assert.Contains(resolver.Warnings, w => w.Contains("Adobe-Made-Up-H", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingDescendantStillGivesAFont()
    {
        var resolver = new FakeResolver();
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type0")), ("Encoding", Name("Identity-H"))), resolver);

        Assert.Equal(1.0, font.GetWidth(5), 6);
        Assert.Equal("", font.ToUnicode(5));
        Assert.NotEmpty(resolver.Warnings);
    }
}
