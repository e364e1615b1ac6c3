using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// Rebuilds the cross-reference table by scanning the whole file for "N G obj" headers (later definitions win,
/// as incremental updates append) and for "trailer" dictionaries. Used when startxref or offsets are wrong
/// or the file is truncated.
/// </summary>
internal static class XrefRepairer
{
    public static CrossReference Scan(byte[] data, ReadBudget budget)
    {
        var offsets = new Dictionary<int, (long Offset, int Generation)>();
        var span = data.AsSpan();
        int from = 0;
        while (true)
        {
            int found = span[from..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }

            int at = from + found;
            from = at + 3;
            budget.Tick();
            if (from < data.Length && PdfCharacters.IsRegular(data[from]))
            {
                continue;
            }

            if (TryReadHeaderBefore(data, at, out int number, out int generation, out int headerStart))
            {
                offsets[number] = (headerStart, generation);
            }
        }

        var xref = new CrossReference { IsRepaired = true, MaxEntries = budget.Options.MaxObjects };
        foreach (var (number, (offset, generation)) in offsets)
        {
            xref.AddIfAbsent(number, new XrefEntry(XrefEntryKind.InFile, offset, generation));
        }

        MergeTrailers(data, xref);
        return xref;
    }

    /// <summary>Walks back from "obj" over "N G " and checks the number starts at a token boundary.</summary>
    private static bool TryReadHeaderBefore(byte[] data, int objIndex, out int number, out int generation, out int headerStart)
    {
        number = 0;
        generation = 0;
        headerStart = 0;
        int p = objIndex - 1;
        while (p >= 0 && PdfCharacters.IsWhitespace(data[p]))
        {
            p--;
        }

        int generationEnd = p + 1;
        while (p >= 0 && PdfCharacters.IsDigit(data[p]))
        {
            p--;
        }

        int generationStart = p + 1;
        if (generationStart == generationEnd || generationEnd - generationStart > 5 || p < 0 || !PdfCharacters.IsWhitespace(data[p]))
        {
            return false;
        }

        while (p >= 0 && PdfCharacters.IsWhitespace(data[p]))
        {
            p--;
        }

        int numberEnd = p + 1;
        while (p >= 0 && PdfCharacters.IsDigit(data[p]))
        {
            p--;
        }

        int numberStart = p + 1;
        if (numberStart == numberEnd || numberEnd - numberStart > 10 || (p >= 0 && PdfCharacters.IsRegular(data[p])))
        {
            return false;
        }

        if (!long.TryParse(data.AsSpan(numberStart, numberEnd - numberStart), out long n) || n > int.MaxValue
            || !int.TryParse(data.AsSpan(generationStart, generationEnd - generationStart), out generation))
        {
            return false;
        }

        number = (int)n;
        headerStart = numberStart;
        return true;
    }

    /// <summary>Trailer dictionaries merged newest (last in the file) first.</summary>
    private static void MergeTrailers(byte[] data, CrossReference xref)
    {
        var keyword = "trailer"u8;
        int end = data.Length;
        while (end > 0)
        {
            int found = data.AsSpan(0, end).LastIndexOf(keyword);
            if (found < 0)
            {
                break;
            }

            end = found;
            var lexer = new PdfLexer(data) { Position = found + keyword.Length };
            try
            {
                if (new PdfObjectParser(lexer, allowReferences: true).ReadObject() is PdfDictionary trailer)
                {
                    xref.MergeTrailer(trailer);
                }
            }
            catch (PdfCorruptException)
            {
                // A damaged trailer is just skipped; the catalog search can still find the root.
            }
        }
    }
}
