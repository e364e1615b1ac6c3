using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Structure;

internal readonly record struct IndirectObject(int Number, int Generation, PdfObject Value);

/// <summary>
/// Reads "N G obj … endobj" at a byte offset, including stream data. A stream's /Length is trusted only when
/// "endstream" follows it; otherwise the data runs to the next "endstream" (or the end of a truncated file).
/// </summary>
internal static class IndirectObjectReader
{
    private static readonly byte[] _endStream = "endstream"u8.ToArray();

    public static IndirectObject? Read(byte[] data, long offset, Func<PdfObject, PdfObject> resolveLength)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(data) { Position = (int)offset };
        var number = lexer.Next();
        var generation = lexer.Next();
        var keyword = lexer.Next();
        if (number.Kind != PdfTokenKind.Number || !number.IsInteger || generation.Kind != PdfTokenKind.Number || !keyword.IsKeyword("obj"))
        {
            return null;
        }

        int objectNumber = (int)Math.Clamp(number.Number, 0, int.MaxValue);
        int generationNumber = (int)Math.Clamp(generation.Number, 0, int.MaxValue);
        var parser = new PdfObjectParser(lexer, allowReferences: true);
        var value = parser.ReadObject() ?? PdfNull.Instance;
        if (value is PdfDictionary dictionary && lexer.Peek().IsKeyword("stream"))
        {
            lexer.Next();
            value = ReadStream(data, lexer.Position, dictionary, objectNumber, generationNumber, resolveLength);
        }

        return new IndirectObject(objectNumber, generationNumber, value);
    }

    private static PdfStream ReadStream(byte[] data, int afterKeyword, PdfDictionary dictionary, int number, int generation, Func<PdfObject, PdfObject> resolveLength)
    {
        int start = afterKeyword;
        if (start < data.Length && data[start] == 13)
        {
            start++;
        }

        if (start < data.Length && data[start] == 10)
        {
            start++;
        }

        int end = -1;
        if (dictionary["Length"] is { } lengthObject && resolveLength(lengthObject) is PdfNumber { Value: >= 0 } length
            && start + length.Value <= data.Length)
        {
            int candidate = start + (int)length.Value;
            if (EndStreamFollows(data, candidate))
            {
                end = candidate;
            }
        }

        if (end < 0)
        {
            int found = data.AsSpan(start).IndexOf(_endStream);
            end = found < 0 ? data.Length : start + found;
            if (found >= 0 && end > start && data[end - 1] == 10)
            {
                end--;
            }

            if (found >= 0 && end > start && data[end - 1] == 13)
            {
                end--;
            }
        }

        return new PdfStream(dictionary, data.AsMemory(start, end - start), number, generation);
    }

    private static bool EndStreamFollows(byte[] data, int position)
    {
        while (position < data.Length && PdfCharacters.IsWhitespace(data[position]))
        {
            position++;
        }

        return data.AsSpan(position).StartsWith(_endStream);
    }
}
