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
    public static bool LooksLikeDocx(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) && bytes.IndexOf("word/document.xml"u8) >= 0;

    /// <summary>
    /// Every failure is a value: the package is checked with streaming readers first (<see cref="DocxPackageCheck"/>),
    /// and anything the DOCX library still throws on hostile bytes means the document cannot be read. Only
    /// cancellation escapes, as <see cref="OperationCanceledException"/>, like the PDF reader.
    /// </summary>
    public static DocumentReadResult Read(byte[] bytes, DocxReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocxReadOptions.Default;
        var budget = new DocxBudget(options, cancellationToken);
        try
        {
            DocxPackageCheck.Run(bytes, budget);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = options.MaxPartBytes });
            return ReadOpened(document, budget);
        }
        catch (DocxOverBudgetException ex)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.TooComplex,
                $"The Word document is too large or complex to read within our limits ({ex.Message}); a resume is far smaller. Save it again from Word, or export it as PDF.",
                "budget: " + ex.Message);
        }
        catch (DocxCorruptException ex)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt,
                $"The Word document is damaged and could not be read ({ex.Message}). Open it in Word and save it again.",
                "package check: " + ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt, "The Word document is damaged and could not be read. Open it in Word and save it again.", Technical(ex));
        }
    }

    /// <summary>
    /// The exception's type, and whose code threw it: the innermost frame outside the base library decides, so an index
    /// error inside a List called by our writer is our bug, and one inside the DOCX library is that library refusing the bytes.
    /// </summary>
    private static string Technical(Exception ex)
    {
        var thrower = new System.Diagnostics.StackTrace(ex).GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType)
            .FirstOrDefault(t => t?.Namespace is { } ns && !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal));
        return thrower?.Namespace?.StartsWith("SkillGap", StringComparison.Ordinal) == true
            ? $"{DocumentReadFailure.InternalErrorPrefix}{ex.GetType().Name} in {thrower.Name}"
            : $"library: {ex.GetType().FullName}";
    }

    private static DocumentReadResult ReadOpened(WordprocessingDocument document, DocxBudget budget)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return DocumentReadResult.Fail(DocumentReadFailureKind.Corrupt, "The Word document has no body text. Open it in Word and save it again.");
        }

        var styles = DocxStyles.From(main);
        var writer = new DocxLineWriter(styles, budget);
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
}
