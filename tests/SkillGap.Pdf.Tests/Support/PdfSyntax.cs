using System.Text;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Tests.Support;

/// <summary>Shorthand for building objects in tests from PDF syntax.</summary>
internal static class PdfSyntax
{
    public static PdfObject Parse(string text) =>
        new PdfObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text)), allowReferences: true).ReadObject() ?? PdfNull.Instance;

    public static PdfDictionary Dictionary(string text) => (PdfDictionary)Parse(text);

    public static PdfStream Stream(string dictionary, string data, int objectNumber = -1) =>
        new(Dictionary(dictionary), Encoding.Latin1.GetBytes(data), objectNumber, 0);

    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
