using System.Text;
using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Objects;
using static SkillGap.Pdf.Tests.Fonts.FakeResolver;

namespace SkillGap.Pdf.Tests.Fonts;

public class FontFactoryFuzzTests
{
    private static readonly string[] _cmapTokens =
    [
        "begincodespacerange", "endcodespacerange", "beginbfchar", "endbfchar", "beginbfrange", "endbfrange", "begincidrange", "endcidrange",
        "usecmap", "/Identity-H", "/WMode", "def", "[", "]", "<00>", "<0000>", "<FFFF>", "<D83D>", "<D83DDE00>", "<41>", "<FFFFFFFF>",
        "(x)", "(", ")", "<<", ">>", "-1", "65535", "2147483647", "%c\n", "<", ">", "{", "}",
    ];

    private static readonly string[] _subtypes = ["Type0", "Type1", "TrueType", "Type3", "MMType1", "CIDFontType2", "Bogus"];

    [Fact]
    public void RandomFontDictionariesNeverThrowAndAlwaysAdvance()
    {
        var random = new Random(20261121);
        var trueType = FontFixtures.TrueType;
        for (var round = 0; round < 150; round++)
        {
            var resolver = new FakeResolver();
            var dictionary = RandomFont(random, resolver, trueType);

            var font = PdfFontFactory.Create(dictionary, resolver);

            var bytes = new byte[random.Next(1, 12)];
            random.NextBytes(bytes);
            var position = 0;
            while (position < bytes.Length)
            {
                var consumed = font.ReadCode(bytes.AsSpan(position), out var code);
                Assert.InRange(consumed, 1, 4);
                _ = font.ToUnicode(code);
                Assert.True(double.IsFinite(font.GetWidth(code)));
                Assert.True(double.IsFinite(font.GetVerticalDisplacement(code)));
                position += consumed;
            }
        }
    }

    private static PdfDictionary RandomFont(Random random, FakeResolver resolver, byte[] trueType)
    {
        var entries = new List<(string, PdfObject)>
        {
            ("Subtype", Name(_subtypes[random.Next(_subtypes.Length)])),
            ("BaseFont", Name(random.Next(2) == 0 ? "ABCDEF+Arial,Bold" : "X")),
            ("ToUnicode", resolver.Add(Stream(RandomCMap(random)))),
            ("Encoding", random.Next(3) switch
            {
                0 => Name("Identity-H"),
                1 => Stream(RandomCMap(random)),
                _ => Dict(("Differences", Array(Num(random.Next(-5, 300)), Name("g7"), Name("f_i"), Num(1e12), Name("uniD800")))),
            }),
            ("FirstChar", Num(random.Next(-10, 300))),
            ("Widths", Numbers(random.NextDouble() * 1000, double.MaxValue, -5)),
            ("FontMatrix", Numbers(random.NextDouble(), 0, 0, 1)),
        };

        var program = trueType.AsSpan(0, random.Next(trueType.Length)).ToArray();
        if (program.Length > 0)
        {
            program[random.Next(program.Length)] ^= 0xFF;
        }

        var descendant = Dict(
            ("Subtype", Name("CIDFontType2")),
            ("W", Array(Num(0), Numbers(1, 2), Num(5), Num(2), Num(3), Numbers(4))),
            ("W2", Array(Num(0), Numbers(1, 2), Num(1), Num(9), Num(-1), Num(0))),
            ("CIDToGIDMap", Stream(program.AsSpan(0, Math.Min(program.Length, 11)).ToArray())),
            ("FontDescriptor", Dict(("Flags", Num(random.Next(1 << 20))), ("FontFile2", Stream(program)))));
        entries.Add(("DescendantFonts", Array(resolver.Add(descendant))));
        entries.Add(("FontDescriptor", Dict(("Flags", Num(4)), (random.Next(2) == 0 ? "FontFile2" : "FontFile3", Stream(program)))));
        return Dict([.. entries]);
    }

    private static string RandomCMap(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(60); i > 0; i--)
        {
            text.Append(_cmapTokens[random.Next(_cmapTokens.Length)]).Append(' ');
        }

        return text.ToString();
    }
}
