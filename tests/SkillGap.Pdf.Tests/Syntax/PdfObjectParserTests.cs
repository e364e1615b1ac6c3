using System.Text;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Syntax;

public sealed class PdfObjectParserTests
{
    [Fact]
    public void ParsesNestedDictionariesArraysAndReferences()
    {
        var dictionary = PdfSyntax.Dictionary("<< /Type /Page /Kids [1 0 R 2 0 R] /Box [0 0 612.5 792] /Inner << /On true /Off null >> >>");

        Assert.Equal("Page", ((PdfName)dictionary["Type"]!).Value);
        var kids = (PdfArray)dictionary["Kids"]!;
        Assert.Equal(2, ((PdfReference)kids[1]).Number);
        Assert.Equal(612.5, ((PdfNumber)((PdfArray)dictionary["Box"]!)[2]).Value);
        var inner = (PdfDictionary)dictionary["Inner"]!;
        Assert.True(((PdfBoolean)inner["On"]!).Value);
        Assert.False(inner.ContainsKey("Off"));
    }

    [Fact]
    public void KeepsTwoNumbersThatAreNotAReferenceAsNumbers()
    {
        var array = (PdfArray)PdfSyntax.Parse("[1 2 0 R 7]");

        Assert.IsType<PdfNumber>(array[0]);
        Assert.Equal(2, ((PdfReference)array[1]).Number);
        Assert.Equal(7, ((PdfNumber)array[2]).Value);
    }

    [Fact]
    public void DropsANonNameKeyAndKeepsTheFollowingPairs()
    {
        var dictionary = PdfSyntax.Dictionary("<< 5 /A 1 /B 2 >>");

        Assert.Equal(1, ((PdfNumber)dictionary["A"]!).Value);
        Assert.Equal(2, ((PdfNumber)dictionary["B"]!).Value);
    }

    [Fact]
    public void RefusesNestingBeyondTheCapWithoutRecursing()
    {
        string deep = new string('[', 100_000);
        var parser = new PdfObjectParser(new PdfLexer(Encoding.ASCII.GetBytes(deep)), allowReferences: true);

        Assert.Throws<PdfCorruptException>(() => parser.ReadObject());
    }

    [Fact]
    public void ClosesOpenContainersAtAnOperatorAndLeavesItForTheCaller()
    {
        var lexer = new PdfLexer(PdfSyntax.Bytes("[(a) 1 endobj"));
        var array = (PdfArray)new PdfObjectParser(lexer, allowReferences: true).ReadObject()!;

        Assert.Equal(2, array.Count);
        Assert.True(lexer.Next().IsKeyword("endobj"));
    }

    [Fact]
    public void ClosesContainersLeftOpenAtTheEndOfInput()
    {
        var dictionary = PdfSyntax.Dictionary("<< /A [1 2");

        Assert.Equal(2, ((PdfArray)dictionary["A"]!).Count);
    }
}
