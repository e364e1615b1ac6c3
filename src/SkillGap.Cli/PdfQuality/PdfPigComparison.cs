namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// One file read by PdfPig as well (<see cref="PdfPigText"/>): its words against the reference, and the agreement
/// between our words and its words (the same token scores; <see cref="Agreement"/>'s precision is the share of our
/// tokens PdfPig also has). <see cref="Error"/> is set, and the scores are null, when PdfPig could not read the file.
/// </summary>
internal sealed record PdfPigComparison(
    WordScore? VersusReference,
    WordScore? Agreement,
    IReadOnlyList<(string Token, int Count)> OnlyPdfPig,
    IReadOnlyList<(string Token, int Count)> OnlyOurs,
    long Milliseconds,
    string? Error)
{
    /// <summary>Files whose agreement F1 is below this are listed for a person to look at.</summary>
    public const double FlagBelow = 0.98;

    public bool Flagged => Agreement is null || Agreement.F1 < FlagBelow;
}
