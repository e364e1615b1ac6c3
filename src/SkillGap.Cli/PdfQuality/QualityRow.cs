namespace SkillGap.Cli.PdfQuality;

/// <summary>One scored file. <see cref="Status"/> is the reader's status, or "crash" when it threw; <see cref="PdfPig"/> is null when PdfPig was not asked.</summary>
internal sealed record QualityRow(
    string Group,
    string Name,
    string ReferenceKind,
    string Status,
    int Pages,
    WordScore Words,
    double Order,
    long Milliseconds,
    IReadOnlyList<(string Token, int Count)> Missing,
    IReadOnlyList<(string Token, int Count)> Extra,
    PdfPigComparison? PdfPig = null)
{
    /// <summary>The reference is a hand-checked <c>.reference.txt</c> (see <see cref="QualityCase.ReferenceKind"/>).</summary>
    public bool HandChecked => ReferenceKind == "checked";

    public bool Crashed => Status == "crash";
}
