using System.Text;
using SkillGap.Pdf.Content;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Tests.Support;

namespace SkillGap.Pdf.Tests.Content;

public sealed class ContentStreamReaderTests
{
    private static List<ContentOperation> Read(byte[] data) => new ContentStreamReader(data).ReadAll().ToList();

    private static List<ContentOperation> Read(string text) => Read(PdfSyntax.Bytes(text));

    [Fact]
    public void PairsOperatorsWithTheirOperands()
    {
        var operations = Read("BT /F1 12 Tf [(A) -20 (B)] TJ ET");

        Assert.Equal(["BT", "Tf", "TJ", "ET"], operations.Select(o => o.Operator));
        Assert.Equal("F1", ((PdfName)operations[1].Operands[0]).Value);
        Assert.Equal(3, ((PdfArray)operations[2].Operands[0]).Count);
    }

    [Fact]
    public void StepsOverInlineImageDataThatContainsEi()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("BI /W 4 /H 1 /BPC 8 /CS /G ID "));
        bytes.AddRange(new byte[] { 0x00, (byte)'E', (byte)'I', 0xFF, 0x20, (byte)'E', (byte)'I', 0x01, 0x9F });
        bytes.AddRange(Encoding.ASCII.GetBytes("\nEI\nBT (after) Tj ET"));

        var operations = Read(bytes.ToArray());

        Assert.Equal(["BI", "BT", "Tj", "ET"], operations.Select(o => o.Operator));
        Assert.Equal("after", Encoding.ASCII.GetString(((PdfString)operations[2].Operands[0]).Bytes));
    }

    [Fact]
    public void MeasuresUnfilteredInlineImagesInsteadOfTrustingTextLookingData()
    {
        var operations = Read("BI /W 8 /H 2 /CS /G /BPC 8 ID \nEI (fake) Tj\nxx EI (real) Tj");

        Assert.Equal(["BI", "Tj"], operations.Select(o => o.Operator));
        Assert.Equal("real", Encoding.ASCII.GetString(((PdfString)operations[1].Operands[0]).Bytes));
    }

    [Fact]
    public void UsesAnInlineImageLengthWhenGiven()
    {
        var operations = Read("BI /W 2 /H 1 /L 5 ID EI EI\nEI (x) Tj");

        Assert.Equal(["BI", "Tj"], operations.Select(o => o.Operator));
    }

    [Fact]
    public void EndsAtAnInlineImageWithoutEnd()
    {
        var operations = Read("(a) Tj BI /W 1 ID \u0001\u0002\u0003");

        Assert.Equal(["Tj", "BI"], operations.Select(o => o.Operator));
    }

    [Fact]
    public void ReadsAnUnterminatedStringToTheEndWithoutThrowing()
    {
        var operations = Read("(ok) Tj (never closed Tj ET");

        Assert.Equal("Tj", Assert.Single(operations).Operator);
    }

    [Fact]
    public void PassesUnknownOperatorsAndCompatibilitySectionsThrough()
    {
        var operations = Read("BX 1 2 /X frobnicate EX (A) Tj");

        Assert.Equal(["BX", "frobnicate", "EX", "Tj"], operations.Select(o => o.Operator));
        Assert.Single(operations[3].Operands);
    }

    [Fact]
    public void EndsAnUnclosedArrayAtTheNextOperator()
    {
        var operations = Read("[(A) 10 (B) TJ (C) Tj");

        Assert.Equal(["TJ", "Tj"], operations.Select(o => o.Operator));
        Assert.Equal(3, ((PdfArray)operations[0].Operands[0]).Count);
    }

    [Fact]
    public void DropsDeeplyNestedOperandsInsteadOfOverflowing()
    {
        var operations = Read(new string('[', 50_000) + " (A) Tj");

        Assert.Contains(operations, o => o.Operator == "Tj");
    }

    [Fact]
    public void ReadsInlineDictionariesForMarkedContent()
    {
        var operation = Assert.Single(Read("/Span << /ActualText (x) /Lang (en) >> BDC"));

        Assert.IsType<PdfDictionary>(operation.Operands[1]);
    }

    [Fact]
    public void ReadsTheOperationsAroundAMegabyteOfGarbage()
    {
        // What a runaway decode leaves behind: one "command token" far longer than any operator.
        byte[] data = [.. PdfSyntax.Bytes("BT (before) Tj "), .. Enumerable.Repeat((byte)0x81, 1_000_000), .. PdfSyntax.Bytes(" (after) Tj ET")];

        var operations = Read(data);

        Assert.Equal(["BT", "Tj", "Tj", "ET"], operations.Select(o => o.Operator));
        Assert.Equal("after", Encoding.Latin1.GetString(((PdfString)operations[2].Operands[0]).Bytes));
    }
}
