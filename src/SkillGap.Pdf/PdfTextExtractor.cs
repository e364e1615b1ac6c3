using SkillGap.Pdf.Content;
using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Layout;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Security;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf;

/// <summary>Entry point: PDF bytes in, text with layout (or a typed failure) out. Never throws for bad input.</summary>
public static class PdfTextExtractor
{
    private const int HeaderSearchLength = 1024;

    /// <summary>Reads the text of a PDF. Cancelling the token throws <see cref="OperationCanceledException"/>, as the caller asked.</summary>
    public static PdfTextResult Extract(byte[] data, PdfReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Extract(data, options ?? PdfReadOptions.Default, TimeProvider.System, cancellationToken);

    internal static PdfTextResult Extract(byte[] data, PdfReadOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        cancellationToken.ThrowIfCancellationRequested();

        int header = data.AsSpan(0, Math.Min(data.Length, HeaderSearchLength)).IndexOf("%PDF-"u8);
        if (header < 0)
        {
            return PdfTextResult.Failure(PdfReadStatus.NotPdf, "This file is not a PDF.");
        }

        var budget = new ReadBudget(options, time, cancellationToken);
        PdfDocument? document = null;
        try
        {
            document = PdfDocument.Open(data, header, budget);
            return ReadPages(document, options, budget);
        }
        catch (PdfPasswordRequiredException exception)
        {
            return PdfTextResult.Failure(PdfReadStatus.PasswordProtected, $"{exception.Message} Remove the password and upload it again.", WarningsOf(document));
        }
        catch (PdfBudgetExceededException exception)
        {
            return PdfTextResult.Failure(PdfReadStatus.OverBudget, $"{exception.Message} Try exporting a shorter, text-only PDF.", WarningsOf(document));
        }
        catch (PdfCorruptException exception)
        {
            return PdfTextResult.Failure(PdfReadStatus.Corrupt, $"This PDF is damaged and could not be read. {exception.Message}", WarningsOf(document));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours or an input shape nobody anticipated: still a value for the caller, never a crash.
            var warnings = WarningsOf(document).Append($"Internal reader error ({exception.GetType().Name}).").ToList();
            return PdfTextResult.Failure(PdfReadStatus.Corrupt, "This PDF could not be read.", warnings);
        }
    }

    private static PdfTextResult ReadPages(PdfDocument document, PdfReadOptions options, ReadBudget budget)
    {
        var pages = PageTreeReader.Read(document, options.MaxPages);
        if (pages.Count == 0)
        {
            throw new PdfCorruptException("It has no pages.");
        }

        if (pages.Count > options.MaxPages)
        {
            throw new PdfBudgetExceededException($"The PDF has more than {options.MaxPages} pages.");
        }

        var fonts = new FontCache(document, PdfFontFactory.Create);
        var layers = OptionalContent.FromCatalog(document.Catalog, document);
        var interpreter = new ContentInterpreter(document, fonts, budget, options.MaxFormDepth, layers);
        var results = new List<PdfPageText>(pages.Count);
        bool anyText = false;
        int skippedPages = 0;
        for (int i = 0; i < pages.Count; i++)
        {
            budget.CheckNow();
            var page = pages[i];
            IReadOnlyList<PdfTextLine> lines = [];
            try
            {
                var glyphs = interpreter.Run(
                    PageContent.Read(page, document),
                    page.Resources,
                    page.DisplayMatrix,
                    page.DisplayWidth,
                    page.DisplayHeight,
                    AnnotationAppearances.Read(page, document, layers));

                // An invisible OCR layer over a scan is still a text layer.
                anyText |= glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Text));
                lines = PageLayoutBuilder.Build(glyphs, page.DisplayWidth, page.DisplayHeight, budget);
            }
            catch (PdfCorruptException)
            {
                document.Warn($"Page {i + 1} is damaged; the reader skipped it.");
                skippedPages++;
            }
            catch (Exception exception) when (IsUnexpected(exception))
            {
                // One page that trips a bug should not cost the other pages of the resume.
                document.Warn($"Internal reader error on page {i + 1} ({exception.GetType().Name}); the page was skipped.");
                skippedPages++;
            }

            results.Add(new PdfPageText(i + 1, page.DisplayWidth, page.DisplayHeight, lines));
        }

        if (!anyText && skippedPages > 0)
        {
            throw new PdfCorruptException("None of its pages with content could be read.");
        }

        if (!anyText)
        {
            return new PdfTextResult
            {
                Status = PdfReadStatus.NoTextLayer,
                Detail = "This PDF has no text layer (it looks scanned); export it from your editor as a text PDF.",
                PageCount = pages.Count,
                Pages = results,
                Warnings = document.Warnings.ToList(),
            };
        }

        return new PdfTextResult
        {
            Status = PdfReadStatus.Ok,
            PageCount = pages.Count,
            Pages = results,
            Warnings = document.Warnings.ToList(),
        };
    }

    private static bool IsUnexpected(Exception exception) =>
        exception is not (PdfBudgetExceededException or PdfCorruptException or PdfPasswordRequiredException or OperationCanceledException or OutOfMemoryException);

    private static IReadOnlyList<string> WarningsOf(PdfDocument? document) => document?.Warnings.ToList() ?? [];
}
