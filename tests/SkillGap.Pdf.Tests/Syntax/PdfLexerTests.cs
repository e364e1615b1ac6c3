using System.Text;
using SkillGap.Pdf.Syntax;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Syntax;

public sealed class PdfLexerTests
{
    private static List<PdfToken> Lex(string text)
    {
        var lexer = new PdfLexer(PdfSyntax.Bytes(text));
        var tokens = new List<PdfToken>();
        for (var token = lexer.Next(); token.Kind != PdfTokenKind.EndOfInput; token = lexer.Next())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    private static string StringOf(string literal) => Encoding.Latin1.GetString(Assert.Single(Lex(literal)).Bytes!);

    [Theory]
    [InlineData("42", 42, true)]
    [InlineData("-17", -17, true)]
    [InlineData("+3", 3, true)]
    [InlineData("-.5", -0.5, false)]
    [InlineData("4.", 4, false)]
    [InlineData("--4", 4, true)]
    [InlineData("12.5.3", 12.5, false)]
    public void ReadsNumbersLeniently(string text, double expected, bool isInteger)
    {
        var token = Assert.Single(Lex(text));

        Assert.Equal(PdfTokenKind.Number, token.Kind);
        Assert.Equal(expected, token.Number, 9);
        Assert.Equal(isInteger, token.IsInteger);
    }

    [Fact]
    public void DecodesLiteralStringEscapesAndBalancedParentheses()
    {
        Assert.Equal("a(b)c", StringOf("(a(b)c)"));
        Assert.Equal("line\nbreak\t)", StringOf(@"(line\nbreak\t\))"));
        Assert.Equal("A7", StringOf(@"(\1017)"));
        Assert.Equal("joined", StringOf("(join\\\ned)"));
        Assert.Equal("x\ny", StringOf("(x\r\ny)"));
    }

    [Fact]
    public void EndsAnUnterminatedStringAtTheEndOfInput()
    {
        Assert.Equal("never closed", StringOf("(never closed"));
    }

    [Fact]
    public void DecodesHexStringsIgnoringWhitespaceAndPaddingAnOddDigit()
    {
        var token = Assert.Single(Lex("<48 65 6c6C 7>"));

        Assert.Equal(PdfTokenKind.HexString, token.Kind);
        Assert.Equal(new byte[] { 0x48, 0x65, 0x6C, 0x6C, 0x70 }, token.Bytes);
    }

    [Fact]
    public void DecodesNameEscapesAndStopsAtDelimiters()
    {
        var tokens = Lex("/A#20B/Next[");

        Assert.Equal("A B", tokens[0].Text);
        Assert.Equal("Next", tokens[1].Text);
        Assert.Equal(PdfTokenKind.ArrayStart, tokens[2].Kind);
    }

    [Fact]
    public void SkipsCommentsAndSeparatesDictionaryDelimitersFromKeywords()
    {
        var kinds = Lex("<< % a comment\n/K true>>endobj").Select(t => t.Kind).ToList();

        Assert.Equal([PdfTokenKind.DictionaryStart, PdfTokenKind.Name, PdfTokenKind.Keyword, PdfTokenKind.DictionaryEnd, PdfTokenKind.Keyword], kinds);
    }

    [Fact]
    public void TurnsStrayDelimitersIntoOneCharacterKeywords()
    {
        var tokens = Lex(") } >");

        Assert.Equal([")", "}", ">"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void StepsOverAnOverlongKeywordWithoutKeepingItsText()
    {
        byte[] garbage = [.. Enumerable.Repeat((byte)0x81, 1_000_000), .. PdfSyntax.Bytes(" Tj")];
        var lexer = new PdfLexer(garbage);

        var junk = lexer.Next();
        var next = lexer.Next();

        Assert.Equal(PdfTokenKind.Keyword, junk.Kind);
        Assert.Equal(string.Empty, junk.Text);
        Assert.Equal("Tj", next.Text);
    }
}
