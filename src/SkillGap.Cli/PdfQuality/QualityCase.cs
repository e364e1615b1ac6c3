namespace SkillGap.Cli.PdfQuality;

/// <param name="Group">Where the file comes from (resumes, pdflib, fixtures, eval): aggregates are per group.</param>
/// <param name="Name">Path relative to the group's folder, for the table.</param>
/// <param name="PdfPath">The PDF.</param>
/// <param name="ReferencePath">Reference text: a hand-checked <c>.reference.txt</c> if there is one, else pdftotext's output.</param>
internal sealed record QualityCase(string Group, string Name, string PdfPath, string ReferencePath)
{
    /// <summary>True when the reference is a hand-checked <c>.reference.txt</c>, not poppler's text.</summary>
    public bool HandChecked => ReferencePath.EndsWith(".reference.txt", StringComparison.Ordinal);
}
