using SkillGap.Pdf.Filters;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// Follows startxref through classic tables (§7.5.4), cross-reference streams (§7.5.8), hybrid files (/XRefStm)
/// and /Prev chains of incremental updates. Returns null when even the newest section cannot be read, so the
/// caller can rebuild the table by scanning.
/// </summary>
internal static class XrefReader
{
    private const int MaxSections = 512;

    public static CrossReference? Read(byte[] data, int headerOffset, ReadBudget budget, IPdfObjectResolver warnings)
    {
        long? start = FindStartXref(data);
        if (start is null)
        {
            return null;
        }

        var xref = new CrossReference { MaxEntries = budget.Options.MaxObjects };
        var visited = new HashSet<long>();
        var pending = new Stack<long>();
        pending.Push(start.Value);
        bool first = true;
        while (pending.Count > 0 && visited.Count < MaxSections)
        {
            long offset = pending.Pop();
            if (!visited.Add(offset))
            {
                continue;
            }

            budget.Tick();
            var trailer = ReadSection(data, offset, budget, xref) ?? ReadSection(data, offset + headerOffset, budget, xref);
            if (trailer is null)
            {
                if (first)
                {
                    return null;
                }

                warnings.Warn("An older cross-reference section could not be read; the reader used the newer ones.");
                continue;
            }

            first = false;
            xref.MergeTrailer(trailer);

            // Pushed in reverse: a hybrid file's /XRefStm is read before its /Prev so it takes precedence.
            if (trailer["Prev"] is PdfNumber { Value: >= 0 } prev)
            {
                pending.Push((long)prev.Value);
            }

            if (trailer["XRefStm"] is PdfNumber { Value: >= 0 } hidden)
            {
                pending.Push((long)hidden.Value);
            }
        }

        return xref;
    }

    private static long? FindStartXref(byte[] data)
    {
        var keyword = "startxref"u8;
        int tailStart = Math.Max(0, data.Length - 4096);
        int index = data.AsSpan(tailStart).LastIndexOf(keyword);
        index = index >= 0 ? tailStart + index : data.AsSpan().LastIndexOf(keyword);
        if (index < 0)
        {
            return null;
        }

        var lexer = new PdfLexer(data) { Position = index + keyword.Length };
        var token = lexer.Next();
        return token.Kind == PdfTokenKind.Number && token.Number >= 0 ? (long)token.Number : null;
    }

    /// <summary>Reads one section into <paramref name="xref"/> and returns its trailer, or null if none is at the offset.</summary>
    private static PdfDictionary? ReadSection(byte[] data, long offset, ReadBudget budget, CrossReference xref)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(data) { Position = (int)offset };
        var first = lexer.Next();
        if (first.IsKeyword("xref"))
        {
            return ReadTable(lexer, budget, xref);
        }

        // "xref0 40": some writers run the first subsection header into the keyword.
        if (first.Kind == PdfTokenKind.Keyword && first.Text!.Length > 4 && first.Text.StartsWith("xref", StringComparison.Ordinal) && char.IsAsciiDigit(first.Text[4]))
        {
            lexer.Position = first.Start + 4;
            return ReadTable(lexer, budget, xref);
        }

        if (first.Kind != PdfTokenKind.Number)
        {
            return null;
        }

        var second = lexer.Next();
        var third = lexer.Next();
        if (third.IsKeyword("obj"))
        {
            return ReadStreamSection(data, offset, budget, xref);
        }

        // Some writers omit the "xref" keyword itself; the subsection header is still there.
        if (second.Kind == PdfTokenKind.Number && third.Kind == PdfTokenKind.Number)
        {
            lexer.Position = first.Start;
            return ReadTable(lexer, budget, xref);
        }

        return null;
    }

    private static PdfDictionary? ReadTable(PdfLexer lexer, ReadBudget budget, CrossReference xref)
    {
        var parser = new PdfObjectParser(lexer, allowReferences: true);
        while (true)
        {
            var token = lexer.Next();
            if (token.IsKeyword("trailer"))
            {
                return parser.ReadObject() as PdfDictionary;
            }

            if (token.Kind != PdfTokenKind.Number)
            {
                return null;
            }

            var countToken = lexer.Next();
            if (countToken.Kind != PdfTokenKind.Number)
            {
                return null;
            }

            int firstNumber = (int)Math.Clamp(token.Number, 0, int.MaxValue);
            long count = (long)Math.Max(0, countToken.Number);
            for (long i = 0; i < count; i++)
            {
                budget.Tick();
                int saved = lexer.Position;
                var offsetToken = lexer.Next();
                var generationToken = lexer.Next();
                var kindToken = lexer.Next();
                if (offsetToken.Kind != PdfTokenKind.Number || generationToken.Kind != PdfTokenKind.Number || kindToken.Kind != PdfTokenKind.Keyword)
                {
                    lexer.Position = saved;
                    break;
                }

                // A common writer bug numbers the first subsection from 1 although it starts with object 0's free entry.
                if (i == 0 && firstNumber == 1 && kindToken.Text == "f" && generationToken.Number >= 65535)
                {
                    firstNumber = 0;
                }

                long objectNumber = firstNumber + i;
                if (kindToken.Text == "n" && offsetToken.Number > 0 && objectNumber <= int.MaxValue)
                {
                    xref.AddIfAbsent((int)objectNumber, new XrefEntry(XrefEntryKind.InFile, (long)offsetToken.Number, (int)generationToken.Number));
                }
            }
        }
    }

    private static PdfDictionary? ReadStreamSection(byte[] data, long offset, ReadBudget budget, CrossReference xref)
    {
        var directOnly = new DirectObjectResolver();
        if (IndirectObjectReader.Read(data, offset, directOnly.Resolve)?.Value is not PdfStream stream)
        {
            return null;
        }

        var dictionary = stream.Dictionary;
        var widths = (dictionary["W"] as PdfArray)?.Items.Select(w => (w as PdfNumber)?.IntValue ?? 0).ToArray() ?? [];
        if (widths.Length < 3 || widths.Any(w => w is < 0 or > 8))
        {
            return null;
        }

        byte[] decoded;
        try
        {
            decoded = StreamDecoder.Decode(dictionary, stream.RawData.ToArray(), directOnly, budget);
        }
        catch (PdfCorruptException)
        {
            return null;
        }

        int size = (dictionary["Size"] as PdfNumber)?.IntValue ?? 0;
        var index = (dictionary["Index"] as PdfArray)?.Items.Select(i => (i as PdfNumber)?.Value ?? 0).ToArray() ?? [0, size];
        int rowLength = widths[0] + widths[1] + widths[2];
        int position = 0;
        for (int pair = 0; pair + 1 < index.Length && rowLength > 0; pair += 2)
        {
            long firstNumber = (long)index[pair];
            long count = (long)index[pair + 1];
            for (long i = 0; i < count && position + rowLength <= decoded.Length; i++)
            {
                budget.Tick();
                long type = widths[0] == 0 ? 1 : Field(decoded, position, widths[0]);
                long second = Field(decoded, position + widths[0], widths[1]);
                long third = Field(decoded, position + widths[0] + widths[1], widths[2]);
                position += rowLength;
                long objectNumber = firstNumber + i;
                if (objectNumber is < 0 or > int.MaxValue)
                {
                    continue;
                }

                if (type == 1 && second > 0)
                {
                    xref.AddIfAbsent((int)objectNumber, new XrefEntry(XrefEntryKind.InFile, second, (int)Math.Min(third, int.MaxValue)));
                }
                else if (type == 2)
                {
                    xref.AddIfAbsent((int)objectNumber, new XrefEntry(XrefEntryKind.Compressed, second, (int)Math.Min(third, int.MaxValue)));
                }
            }
        }

        return dictionary;
    }

    private static long Field(byte[] data, int position, int width)
    {
        long value = 0;
        for (int i = 0; i < width; i++)
        {
            value = (value << 8) | data[position + i];
        }

        return value;
    }
}
