using System.IO.Compression;
using System.Xml;

namespace SkillGap.Core.Documents;

/// <summary>
/// Walks the ZIP container and every XML entry in it with a streaming, non-recursive reader before the DOCX library
/// builds an object model of any part: entry count, duplicate names, declared and inflated sizes, compression ratio,
/// element depth, element and paragraph counts, DTDs. The library's loader recurses once per element level and trusts
/// the container, so nothing it reads may be unchecked. Throws <see cref="DocxCorruptException"/> or
/// <see cref="DocxOverBudgetException"/>.
/// </summary>
internal static class DocxPackageCheck
{
    private const string WordprocessingNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const long RatioFloorBytes = 1024 * 1024;

    public static void Run(byte[] bytes, DocxBudget budget)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            CheckEntries(zip, budget);
        }
        catch (InvalidDataException)
        {
            // The central directory, a local header or an entry's data: the container is damaged.
            throw new DocxCorruptException("its ZIP container is damaged");
        }
    }

    private static void CheckEntries(ZipArchive zip, DocxBudget budget)
    {
        var options = budget.Options;
        var entries = zip.Entries;
        if (entries.Count > options.MaxEntries)
        {
            throw new DocxOverBudgetException($"more than {options.MaxEntries} parts");
        }

        CheckNamesAndDeclaredSizes(entries, options);
        var counts = new XmlCounts();
        long inflated = 0;
        foreach (var entry in entries)
        {
            budget.Check();
            inflated += CheckEntry(entry, budget, counts, options.MaxUncompressedBytes - inflated);
        }
    }

    private static void CheckNamesAndDeclaredSizes(IReadOnlyCollection<ZipArchiveEntry> entries, DocxReadOptions options)
    {
        // Part names are case-insensitive (OPC, ECMA-376 part 2): two entries one name apart only in case are one part twice.
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long declared = 0;
        foreach (var entry in entries)
        {
            if (!names.Add(entry.FullName.TrimStart('/').Replace('\\', '/')))
            {
                throw new DocxCorruptException("a part appears twice in its ZIP container");
            }

            if (entry.Length < 0 || entry.CompressedLength < 0)
            {
                throw new DocxCorruptException("a ZIP entry declares a negative size");
            }

            declared += Math.Min(entry.Length, options.MaxUncompressedBytes + 1);
            if (declared > options.MaxUncompressedBytes)
            {
                throw new DocxOverBudgetException($"it expands to more than {options.MaxUncompressedBytes / (1024 * 1024)} MB");
            }

            if (entry.Length > RatioFloorBytes && entry.Length / Math.Max(1, entry.CompressedLength) > options.MaxCompressionRatio)
            {
                throw new DocxOverBudgetException("a part is compressed more than any document is (a ZIP bomb)");
            }
        }
    }

    /// <returns>The bytes the entry inflated to.</returns>
    private static long CheckEntry(ZipArchiveEntry entry, DocxBudget budget, XmlCounts counts, long bytesLeft)
    {
        var options = budget.Options;
        var raw = entry.Open();
        var limit = Math.Min(bytesLeft, options.MaxPartBytes);
        using var stream = new BoundedStream(raw, limit);
        try
        {
            if (!LooksLikeXml(stream))
            {
                return stream.BytesRead;
            }

            ReadXml(stream, budget, counts);
            return stream.BytesRead;
        }
        catch (InvalidDataException)
        {
            throw new DocxCorruptException("a ZIP entry is damaged (its data does not inflate to its declared size)");
        }
        catch (XmlException)
        {
            throw new DocxCorruptException("a part is not well-formed XML");
        }
    }

    /// <summary>Images and fonts stay compressed; anything that starts like XML is read whole.</summary>
    private static bool LooksLikeXml(BoundedStream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Rewind(head[..read]);
        var text = head[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] == (byte)'<';
    }

    private static void ReadXml(Stream stream, DocxBudget budget, XmlCounts counts)
    {
        var options = budget.Options;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxPartBytes,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var nodes = 0;
        while (reader.Read())
        {
            if ((++nodes & 4095) == 0)
            {
                budget.Check();
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth >= options.MaxElementDepth)
            {
                throw new DocxOverBudgetException($"its XML nests more than {options.MaxElementDepth} levels deep");
            }

            if (++counts.Elements > options.MaxElements)
            {
                throw new DocxOverBudgetException($"it has more than {options.MaxElements:N0} XML elements");
            }

            if (reader.LocalName == "p" && reader.NamespaceURI == WordprocessingNamespace && ++counts.Paragraphs > options.MaxParagraphs)
            {
                throw new DocxOverBudgetException($"it has more than {options.MaxParagraphs:N0} paragraphs");
            }
        }
    }

    private sealed class XmlCounts
    {
        public long Elements { get; set; }

        public int Paragraphs { get; set; }
    }
}
