using System.ComponentModel.DataAnnotations;
using SkillGap.Core.Documents;

namespace SkillGap.Web.Analyses;

/// <summary>
/// The DOCX reader's budgets for one upload, like <see cref="PdfReadingOptions"/>: past any of them the upload is refused
/// as too complex (422). Defaults are the reader's own.
/// </summary>
public sealed class DocxReadingOptions
{
    public const string Section = "DocxReading";

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxDuration { get; set; } = DocxReadOptions.Default.MaxDuration;

    /// <summary>Bytes the whole package may inflate to.</summary>
    [Range(1L << 20, 1L << 30)]
    public long MaxUncompressedBytes { get; set; } = DocxReadOptions.Default.MaxUncompressedBytes;

    /// <summary>How deep the XML may nest (the DOCX library's loader recurses once per level).</summary>
    [Range(16, 512)]
    public int MaxElementDepth { get; set; } = DocxReadOptions.Default.MaxElementDepth;

    [Range(1000L, 50_000_000L)]
    public long MaxElements { get; set; } = DocxReadOptions.Default.MaxElements;

    [Range(100, 1_000_000)]
    public int MaxParagraphs { get; set; } = DocxReadOptions.Default.MaxParagraphs;

    public DocxReadOptions ToReadOptions() => DocxReadOptions.Default with
    {
        MaxDuration = MaxDuration,
        MaxUncompressedBytes = MaxUncompressedBytes,
        MaxElementDepth = MaxElementDepth,
        MaxElements = MaxElements,
        MaxParagraphs = MaxParagraphs,
    };
}
