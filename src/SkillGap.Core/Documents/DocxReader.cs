using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkillGap.Core.Documents;

/// <summary>
/// Reads a Word document into lines in reading order: headers, body (paragraphs, tables row by row,
/// text boxes after the paragraph that anchors them), footers; with heading/bold/list hints.
/// </summary>
internal static class DocxReader
{
    private const long MaxUncompressedBytes = 64L * 1024 * 1024;

    public static bool LooksLikeDocx(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) && bytes.IndexOf("word/document.xml"u8) >= 0;

    public static DocumentReadResult Read(byte[] bytes)
    {
        if (UncompressedSize(bytes) is not { } size)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt, "The Word document is damaged (its ZIP container cannot be read).");
        }

        if (size > MaxUncompressedBytes)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.TooComplex, "The Word document expands to more than 64 MB; a resume should be far smaller.");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return ReadOpened(document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt, "The Word document is damaged and could not be read. Open it in Word and save it again.");
        }
    }

    private static DocumentReadResult ReadOpened(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt, "The Word document has no body text.");
        }

        var styles = DocxStyles.From(main);
        var writer = new DocxLineWriter(styles);
        foreach (var header in DistinctParts(main.HeaderParts.Select(h => h.Header)))
        {
            writer.WriteBlocks(header.ChildElements);
        }

        writer.WriteBlocks(body.ChildElements);
        foreach (var footer in DistinctParts(main.FooterParts.Select(f => f.Footer)))
        {
            writer.WriteBlocks(footer.ChildElements);
        }

        var lines = writer.Lines;
        if (lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.NoText, "The Word document contains no text.");
        }

        var pages = int.TryParse(document.ExtendedFilePropertiesPart?.Properties?.Pages?.Text, out var p) && p > 0 ? p : 1;
        return DocumentReadResult.Success(new ExtractedDocument(ResumeFormat.Docx, pages, lines, []));
    }

    // Sections often repeat the same header; one copy is enough for the reader.
    private static IEnumerable<OpenXmlElement> DistinctParts(IEnumerable<OpenXmlElement?> parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part is not null && seen.Add(part.InnerText))
            {
                yield return part;
            }
        }
    }

    private static long? UncompressedSize(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
