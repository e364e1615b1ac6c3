namespace SkillGap.Core.Documents;

/// <summary>
/// Budgets that keep an untrusted Word upload from costing more than a resume should. The largest DOCX we have seen
/// (fixtures, eval renderings, the shared corpus: 97 files) nests its XML 16 elements deep, holds 7,850 elements in
/// one part, 76 paragraphs and 169 KB in its largest part; every default leaves an order of magnitude or more.
/// </summary>
public sealed record DocxReadOptions
{
    /// <summary>Entries in the ZIP container (a resume has 10–40).</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Bytes the whole package expands to, as declared and as actually inflated.</summary>
    public long MaxUncompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Bytes one XML part may inflate to.</summary>
    public long MaxPartBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Inflated-to-compressed ratio past which an entry over 1 MB is a ZIP bomb, not a document.</summary>
    public int MaxCompressionRatio { get; init; } = 1_000;

    /// <summary>
    /// How deep XML elements may nest. The XML object model the DOCX library builds recurses once per level, and a
    /// stack overflow cannot be caught: this is what keeps a 3 KB file from ending the process.
    /// </summary>
    public int MaxElementDepth { get; init; } = 128;

    /// <summary>XML elements over all parts.</summary>
    public long MaxElements { get; init; } = 500_000;

    /// <summary>Paragraphs over all parts (a 100-page document has about 5,000).</summary>
    public int MaxParagraphs { get; init; } = 20_000;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);

    public static DocxReadOptions Default { get; } = new();
}
