using System.Text;
using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Fonts.Programs;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class Type1EncodingTests
{
    private const string ClearText = """
        %!PS-AdobeFont-1.0: TestFont 001.000
        12 dict begin
        /FontName /TestFont def
        /Encoding 256 array
        0 1 255 {1 index exch /.notdef put} for
        dup 65 /Alpha put
        dup 66 /B put
        dup 161 /fi put
        readonly def
        currentdict end
        currentfile eexec
        """;

    [Fact]
    public void ReadsTheBuiltInEncodingFromTheClearText()
    {
        var program = Encoding.Latin1.GetBytes(ClearText + "\u0001\u00FF binary after eexec dup 67 /C put");
        var names = Type1Encoding.Read(program, ClearText.Length);

        Assert.NotNull(names);
        Assert.Equal("Alpha", names[65]);
        Assert.Equal("fi", names[161]);
        Assert.Null(names[67]);
    }

    [Fact]
    public void StandardEncodingProgramsHaveNoBuiltInTable()
    {
        var program = Encoding.Latin1.GetBytes("%!FontType1\n/Encoding StandardEncoding def\ncurrentfile eexec");

        Assert.Null(Type1Encoding.Read(program, program.Length));
    }

    [Fact]
    public void FontWithoutEncodingUsesTheProgramsOwnEncoding()
    {
        var resolver = new FakeResolver();
        var program = Stream(ClearText, ("Length1", Num(ClearText.Length)));
        var font = PdfFontFactory.Create(Dict(("Subtype", Name("Type1")), ("BaseFont", Name("TestFont")), ("FontDescriptor", Dict(("FontFile", program)))), resolver);

        Assert.Equal("ΑBfi", font.ToUnicode(65) + font.ToUnicode(66) + font.ToUnicode(161));
    }

    [Fact]
    public void PfbSegmentHeadersAreSkipped()
    {
        var body = Encoding.Latin1.GetBytes(ClearText);
        byte[] header = [0x80, 0x01, (byte)body.Length, (byte)(body.Length >> 8), 0, 0];

        var names = Type1Encoding.Read(header.Concat(body).ToArray(), 0);

        Assert.Equal("B", names?[66]);
    }
}
