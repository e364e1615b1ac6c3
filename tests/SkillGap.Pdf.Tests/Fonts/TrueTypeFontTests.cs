using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Fonts.Programs;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class TrueTypeFontTests
{
    [Fact]
    public void ReadsUnicodeAndMacCmapsThatAgree()
    {
        var font = TrueTypeFont.Parse(FontFixtures.TrueType);

        Assert.NotNull(font);
        var unicodeGid = font.GetCmap(3, 1)?.Lookup('A');
        Assert.NotNull(unicodeGid);
        Assert.Equal(unicodeGid, font.GetCmap(1, 0)?.Lookup('A'));
        Assert.Equal(unicodeGid, font.GetCmap(3, 10)?.Lookup('A'));
        Assert.NotEqual(unicodeGid, font.GetCmap(3, 1)?.Lookup('B'));
    }

    [Fact]
    public void NamesGlyphsFromThePostTableAndMapsThemBack()
    {
        var font = TrueTypeFont.Parse(FontFixtures.TrueType)!;
        var gid = font.GetCmap(3, 1)!.Lookup('é')!.Value;

        Assert.Equal("eacute", font.GetGlyphName(gid));
        Assert.Equal(gid, font.GetGlyphId("eacute"));
        Assert.Equal("é", font.GetUnicode(gid));
    }

    [Fact]
    public void SymbolicTrueTypeWithoutEncodingUsesTheEmbeddedCmap()
    {
        var resolver = new FakeResolver();
        var descriptor = Dict(("Flags", Num(4)), ("FontFile2", Stream(FontFixtures.TrueType)));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name("AAAAAA+DejaVuSansMono-Oblique")), ("FontDescriptor", descriptor)), resolver);

        Assert.Equal("Az", font.ToUnicode('A') + font.ToUnicode('z'));
        Assert.Empty(resolver.Warnings);
    }

    [Fact]
    public void SymbolicFontsReadTheF000RangeOfTheSymbolCmapAndCustomPostNames()
    {
        var resolver = new FakeResolver();
        var descriptor = Dict(("Flags", Num(4)), ("FontFile2", Stream(SyntheticTrueType.Build("uni2713", "H.alt"))));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("TrueType")), ("BaseFont", Name("Checks")), ("FontDescriptor", descriptor)), resolver);

        Assert.Equal("\u2713", font.ToUnicode(0x41));
        Assert.Equal("H", font.ToUnicode(0x42));
        Assert.Equal("", font.ToUnicode(0x43));
    }

    [Fact]
    public void DifferencesNamesFoundOnlyInThePostTableUseTheirGlyph()
    {
        var program = SyntheticTrueType.Build("myglyph", "other");
        var font = TrueTypeFont.Parse(program)!;

        Assert.Equal(1, font.GetGlyphId("myglyph"));
        Assert.Equal("other", font.GetGlyphName(2));
        Assert.Equal(2, font.GetCmap(3, 0)!.Lookup(0xF042));
    }

    [Fact]
    public void CidFontType2WithoutToUnicodeReverseMapsGlyphIds()
    {
        var trueType = TrueTypeFont.Parse(FontFixtures.TrueType)!;
        var gidOfK = trueType.GetCmap(3, 1)!.Lookup('K')!.Value;
        var resolver = new FakeResolver();
        var descendant = Dict(("Subtype", Name("CIDFontType2")), ("FontDescriptor", Dict(("FontFile2", Stream(FontFixtures.TrueType)))));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type0")), ("Encoding", Name("Identity-H")), ("DescendantFonts", Array(descendant))), resolver);

        Assert.Equal("K", font.ToUnicode(gidOfK));
    }

    [Fact]
    public void CidToGidMapStreamsRedirectCids()
    {
        var trueType = TrueTypeFont.Parse(FontFixtures.TrueType)!;
        var gidOfK = trueType.GetCmap(3, 1)!.Lookup('K')!.Value;
        byte[] map = [0, 0, 0, 0, 0, 0, (byte)(gidOfK >> 8), (byte)gidOfK];
        var descendant = Dict(
            ("Subtype", Name("CIDFontType2")),
            ("CIDToGIDMap", Stream(map)),
            ("FontDescriptor", Dict(("FontFile2", Stream(FontFixtures.TrueType)))));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type0")), ("Encoding", Name("Identity-H")), ("DescendantFonts", Array(descendant))), new FakeResolver());

        Assert.Equal("K", font.ToUnicode(3));
        Assert.Equal("", font.ToUnicode(2));
    }

    [Fact]
    public void NegativeCidsFromHostileCMapsMapToNothing()
    {
        var resolver = new FakeResolver();
        var encoding = resolver.Add(Stream("1 begincodespacerange <00> <FF> endcodespacerange 1 begincidrange <00> <FF> -50 endcidrange"));
        var descendant = Dict(
            ("Subtype", Name("CIDFontType2")),
            ("CIDToGIDMap", Stream(new byte[] { 0, 1, 0, 2 })),
            ("FontDescriptor", Dict(("FontFile2", Stream(FontFixtures.TrueType)))));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type0")), ("Encoding", encoding), ("DescendantFonts", Array(descendant))), resolver);

        Assert.Equal("", font.ToUnicode(3));
        Assert.True(font.GetWidth(3) > 0);
    }

    [Fact]
    public void TruncatedOrScrambledProgramsNeverThrow()
    {
        var original = FontFixtures.TrueType;
        var random = new Random(1234);
        for (var round = 0; round < 30; round++)
        {
            var data = original.AsSpan(0, random.Next(original.Length)).ToArray();
            for (var flip = 0; flip < 40 && data.Length > 0; flip++)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            var font = TrueTypeFont.Parse(data);
            _ = font?.GetUnicode(random.Next(2000));
        }

        Assert.Null(TrueTypeFont.Parse(new byte[] { 0, 1, 0, 0, 0xFF, 0xFF }));
    }
}
