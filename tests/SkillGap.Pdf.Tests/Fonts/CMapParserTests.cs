using System.Text;
using SkillGap.Pdf.Fonts.CMaps;

namespace SkillGap.Pdf.Tests.Fonts;

public class CMapParserTests
{
    private static CMap Parse(string text, Func<string, CMap?>? loadNamed = null) =>
        CMapParser.Parse(Encoding.Latin1.GetBytes(text), loadNamed);

    [Fact]
    public void ReadsBfCharWithSurrogatePairsAndSeveralCharacters()
    {
        var cmap = Parse("""
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            3 beginbfchar
            <0003> <0041>
            <0004> <D83DDE00>
            <0005> <00660066>
            endbfchar
            endcmap CMapName currentdict /CMap defineresource pop end end
            """);

        Assert.Equal("A", cmap.LookupUnicode(3));
        Assert.Equal("\U0001F600", cmap.LookupUnicode(4));
        Assert.Equal("ff", cmap.LookupUnicode(5));
        Assert.Null(cmap.LookupUnicode(6));
    }

    [Fact]
    public void ReadsBfRangeInBothForms()
    {
        var cmap = Parse("""
            2 beginbfrange
            <0010> <0012> <0061>
            <0020> <0022> [<0058> <FB01> <00E9>]
            endbfrange
            """);

        Assert.Equal("a", cmap.LookupUnicode(0x10));
        Assert.Equal("c", cmap.LookupUnicode(0x12));
        Assert.Null(cmap.LookupUnicode(0x13));
        Assert.Equal("X", cmap.LookupUnicode(0x20));
        Assert.Equal("fi", cmap.LookupUnicode(0x21));
        Assert.Equal("é", cmap.LookupUnicode(0x22));
    }

    [Fact]
    public void AdvancesLigatureRangesBeforeSpellingThemOut()
    {
        var cmap = Parse("1 beginbfrange <0001> <0006> <FB00> endbfrange");

        Assert.Equal("ff", cmap.LookupUnicode(1));
        Assert.Equal("fi", cmap.LookupUnicode(2));
        Assert.Equal("st", cmap.LookupUnicode(6));
    }

    [Fact]
    public void KeepsAFullRangeAsOneEntry()
    {
        var cmap = Parse("1 beginbfrange <0000> <FFFF> <0000> endbfrange");

        Assert.Equal("\u4E00", cmap.LookupUnicode(0x4E00));
        Assert.False(cmap.WasTruncated);
    }

    [Fact]
    public void SplitsCodesByMultiByteCodespaces()
    {
        var cmap = Parse("""
            2 begincodespacerange
            <00> <80>
            <8140> <9FFC>
            endcodespacerange
            """);
        byte[] shown = [0x41, 0x81, 0x40, 0x42];

        var first = cmap.ReadCode(shown, out var a);
        var second = cmap.ReadCode(shown.AsSpan(1), out var kanji);
        var third = cmap.ReadCode(shown.AsSpan(3), out var b);

        Assert.Equal((1, 0x41), (first, a));
        Assert.Equal((2, 0x8140), (second, kanji));
        Assert.Equal((1, 0x42), (third, b));
    }

    [Fact]
    public void ReadsAtLeastOneByteWhenNoCodespaceMatches()
    {
        var cmap = Parse("1 begincodespacerange <0000> <7FFF> endcodespacerange");
        byte[] shown = [0xFF, 0xFF, 0x00];

        Assert.Equal(2, cmap.ReadCode(shown, out _));
        Assert.Equal(1, cmap.ReadCode(shown.AsSpan(2), out var last));
        Assert.Equal(0, last);
    }

    [Fact]
    public void UsesTheNamedParentForCodesItDoesNotMap()
    {
        var parent = Parse("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0001> <0042> endbfchar");
        var cmap = Parse("/Parent usecmap 1 beginbfchar <0002> <0043> endbfchar", name => name == "Parent" ? parent : null);

        Assert.Equal("B", cmap.LookupUnicode(1));
        Assert.Equal("C", cmap.LookupUnicode(2));
        Assert.Equal(2, cmap.ReadCode(new byte[] { 0, 1 }, out var code));
        Assert.Equal(1, code);
    }

    [Fact]
    public void ReadsCidRangesAndWritingMode()
    {
        var cmap = Parse("""
            /WMode 1 def
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 begincidrange <0100> <01FF> 500 endcidrange
            1 begincidchar <0005> 77 endcidchar
            """);

        Assert.Equal(1, cmap.WritingMode);
        Assert.Equal(500, cmap.LookupCid(0x100));
        Assert.Equal(510, cmap.LookupCid(0x10A));
        Assert.Equal(77, cmap.LookupCid(5));
        Assert.Null(cmap.LookupCid(6));
    }

    [Fact]
    public void SurvivesJunkAndTruncation()
    {
        var cmap = Parse("%!junk\n) } >> 2 beginbfchar <01> <0041> garbage <02> (B) <03> <00");

        Assert.Equal("A", cmap.LookupUnicode(1));
        Assert.Equal("B", cmap.LookupUnicode(2));
        Assert.Null(cmap.LookupUnicode(3));
    }

    [Fact]
    public void ReadsLiteralStringDestinationsAndNames()
    {
        var cmap = Parse("2 beginbfchar <01> (\\000A) <02> /eacute endbfchar");

        Assert.Equal("A", cmap.LookupUnicode(1));
        Assert.Equal("é", cmap.LookupUnicode(2));
    }

    [Fact]
    public void CapsTheNumberOfStoredMappings()
    {
        var text = new StringBuilder("beginbfrange\n");
        for (var i = 0; i <= CMap.MaxRanges; i++)
        {
            text.Append("<0000> <0001> <0041>\n");
        }

        var cmap = Parse(text.Append("endbfrange").ToString());

        Assert.True(cmap.WasTruncated);
        Assert.Equal("A", cmap.LookupUnicode(0));
    }

    [Fact]
    public void UnclosedStringsAndArraysEndQuietly()
    {
        var cmap = Parse("1 beginbfrange <00> <05> [<0041> <0042> (unclosed");

        Assert.Equal("A", cmap.LookupUnicode(0));
        Assert.Equal("B", cmap.LookupUnicode(1));
    }
}
