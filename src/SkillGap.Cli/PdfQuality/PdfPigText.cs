using System.Text;
using ICU4N.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// A second reader for pdf-quality: PdfPig's best text pipeline (nearest-neighbour words → Docstrum blocks →
/// unsupervised reading order), then Unicode NFKC, since PdfPig emits ligature and other presentation code points
/// as the font maps them. Where it and we disagree, one of us is wrong, whatever poppler says: it sees what a shared
/// blind spot of ours and poppler's (letter-spaced headings) hides. It has no budgets and no cancellation, so it is
/// a tool for files we chose, never a runtime reader.
/// </summary>
internal static class PdfPigText
{
    // Full NFKC from ICU4N: the build is globalization-invariant, where string.Normalize leaves "ﬁ" as it is.
    private static readonly Normalizer2 s_nfkc = Normalizer2.NFKCInstance;

    /// <summary>The document's text, blocks in reading order, or the exception's type and message when PdfPig throws.</summary>
    public static (string? Text, string? Error) Read(byte[] data)
    {
        try
        {
            using PdfDocument document = PdfDocument.Open(data);
            var text = new StringBuilder();
            foreach (Page page in document.GetPages())
            {
                IEnumerable<Word> words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
                IReadOnlyList<TextBlock> blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                foreach (TextBlock block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
                {
                    text.Append(block.Text).Append("\n\n");
                }
            }

            return (Normalize(text.ToString()), null);
        }
#pragma warning disable CA1031 // PdfPig refusing a file (a password, a broken table) is a row of the report, not a reason to stop it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    public static string Normalize(string text) => s_nfkc.Normalize(text);
}
