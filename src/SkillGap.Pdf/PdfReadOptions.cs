namespace SkillGap.Pdf;

/// <summary>Budgets that keep an untrusted upload from costing more than a resume should.</summary>
public sealed record PdfReadOptions
{
    public long MaxDecompressedBytes { get; init; } = 200L * 1024 * 1024;

    public int MaxPages { get; init; } = 100;

    public int MaxObjects { get; init; } = 500_000;

    public long MaxOperators { get; init; } = 5_000_000;

    /// <summary>
    /// Glyphs shown over all pages. Layout holds every glyph of a page in memory, so this bounds what a few kilobytes of
    /// compressed content can make the reader allocate; the largest file of the shared corpus (95 dense pages) shows
    /// about 121,000.
    /// </summary>
    public long MaxGlyphs { get; init; } = 1_000_000;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How deep Form XObjects may nest before the reader stops following them.</summary>
    public int MaxFormDepth { get; init; } = 12;

    public static PdfReadOptions Default { get; } = new();
}
