using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Fonts.Programs;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class CffFontTests
{
    private static byte[] CffTable() => TrueTypeFont.Parse(FontFixtures.OpenTypeCff)!.CffTable!.Value.ToArray();

    [Fact]
    public void StandardStringsHave391Names() => Assert.Equal(391, CffStandardStrings.Names.Length);

    [Fact]
    public void MacGlyphNamesHave258Names() => Assert.Equal(258, MacGlyphNames.Names.Length);

    [Fact]
    public void ReadsTheCharsetOfANameKeyedFont()
    {
        var cff = CffFont.Parse(CffTable());

        Assert.NotNull(cff);
        Assert.False(cff.IsCidKeyed);
        Assert.True(cff.GlyphCount > 100);
        var names = Enumerable.Range(1, cff.GlyphCount - 1).Select(cff.GetGlyphName).ToList();
        Assert.Contains("A", names);
        Assert.Contains("eacute", names);
        Assert.DoesNotContain(null, names);
    }

    [Fact]
    public void CffGlyphNamesGiveUnicodeForIdentityEncodedCidFonts()
    {
        var cffData = CffTable();
        var cff = CffFont.Parse(cffData)!;
        var gidOfA = Enumerable.Range(1, cff.GlyphCount - 1).First(gid => cff.GetGlyphName(gid) == "A");
        var descriptor = Dict(("FontFile3", Stream(cffData, ("Subtype", Name("CIDFontType0C")))));
        var descendant = Dict(("Subtype", Name("CIDFontType0")), ("FontDescriptor", descriptor));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type0")), ("Encoding", Name("Identity-H")), ("DescendantFonts", Array(descendant))), new FakeResolver());

        Assert.Equal("A", font.ToUnicode(gidOfA));
    }

    [Fact]
    public void Type1CFontsWithoutEncodingUseStandardEncoding()
    {
        var descriptor = Dict(("FontFile3", Stream(CffTable(), ("Subtype", Name("Type1C")))));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("XYZABC+TeXGyreCursor")), ("FontDescriptor", descriptor)), new FakeResolver());

        Assert.Equal("A’", font.ToUnicode('A') + font.ToUnicode('\''));
    }

    [Fact]
    public void MislabelledProgramsAreRecognisedByTheirFirstBytes()
    {
        var asFontFile2 = EmbeddedProgram.Parse(CffTable(), "FontFile2", 0);
        var openTypeAsType1C = EmbeddedProgram.Parse(FontFixtures.OpenTypeCff, "Type1C", 0);

        Assert.NotNull(asFontFile2?.Cff);
        Assert.Null(asFontFile2.TrueType);
        Assert.NotNull(openTypeAsType1C?.TrueType);
        Assert.NotNull(openTypeAsType1C.Cff);
    }

    [Fact]
    public void TruncatedOrScrambledProgramsNeverThrow()
    {
        var original = CffTable();
        var random = new Random(99);
        for (var round = 0; round < 60; round++)
        {
            var data = original.AsSpan(0, random.Next(original.Length)).ToArray();
            for (var flip = 0; flip < 20 && data.Length > 0; flip++)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            var cff = CffFont.Parse(data);
            _ = cff?.GetBuiltInEncoding();
        }

        Assert.Null(CffFont.Parse([1, 0, 4, 1, 0xFF, 0xFF, 4]));
    }
}
