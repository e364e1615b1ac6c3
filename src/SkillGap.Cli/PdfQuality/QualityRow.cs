namespace SkillGap.Cli.PdfQuality;

/// <summary>One scored file. <see cref="Status"/> is the reader's status, or "crash" when it threw.</summary>
internal sealed record QualityRow(
    string Group,
    string Name,
    bool HandChecked,
    string Status,
    int Pages,
    WordScore Words,
    double Order,
    long Milliseconds,
    IReadOnlyList<(string Token, int Count)> Missing,
    IReadOnlyList<(string Token, int Count)> Extra,
    string ReferenceKind = "pdftotext")
{
    public bool Crashed => Status == "crash";
}
