using System.ComponentModel.DataAnnotations;
using SkillGap.Pdf;

namespace SkillGap.Web.Analyses;

/// <summary>
/// The PDF reader's budgets for one upload. Past any of them the upload is refused as too complex (422), so they bound
/// what one hostile file can cost the service. Defaults are the reader's own.
/// </summary>
public sealed class PdfReadingOptions
{
    public const string Section = "PdfReading";

    /// <summary>Wall time for reading one PDF; checked inside decoding, content streams and layout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxDuration { get; set; } = PdfReadOptions.Default.MaxDuration;

    /// <summary>Bytes all of a document's streams may decode to, together.</summary>
    [Range(1L << 20, 2L << 30)]
    public long MaxDecompressedBytes { get; set; } = PdfReadOptions.Default.MaxDecompressedBytes;

    [Range(1, 1000)]
    public int MaxPages { get; set; } = PdfReadOptions.Default.MaxPages;

    /// <summary>Objects loaded from the file (and entries its cross-reference table may list).</summary>
    [Range(1000, 10_000_000)]
    public int MaxObjects { get; set; } = PdfReadOptions.Default.MaxObjects;

    /// <summary>Content-stream operators and shown glyphs, over all pages.</summary>
    [Range(1000L, 100_000_000L)]
    public long MaxOperators { get; set; } = PdfReadOptions.Default.MaxOperators;

    /// <summary>Glyphs shown over all pages (layout keeps a page's glyphs in memory).</summary>
    [Range(1000L, 100_000_000L)]
    public long MaxGlyphs { get; set; } = PdfReadOptions.Default.MaxGlyphs;

    /// <summary>How deep Form XObjects may nest.</summary>
    [Range(0, 32)]
    public int MaxFormDepth { get; set; } = PdfReadOptions.Default.MaxFormDepth;

    public PdfReadOptions ToReadOptions() => new()
    {
        MaxDuration = MaxDuration,
        MaxDecompressedBytes = MaxDecompressedBytes,
        MaxPages = MaxPages,
        MaxObjects = MaxObjects,
        MaxOperators = MaxOperators,
        MaxGlyphs = MaxGlyphs,
        MaxFormDepth = MaxFormDepth,
    };
}
