namespace SkillGap.Cli.PdfQuality;

/// <param name="Group">Where the file comes from (resumes, pdflib, fixtures, eval): aggregates are per group.</param>
/// <param name="Name">Path relative to the group's folder, for the table.</param>
/// <param name="PdfPath">The PDF.</param>
/// <param name="ReferencePath">Reference text: a hand-checked <c>.reference.txt</c> if there is one, else pdftotext's output.</param>
/// <param name="Corrections">Checked fixes to pdftotext's output for this file (none for a hand-checked reference).</param>
internal sealed record QualityCase(string Group, string Name, string PdfPath, string ReferencePath, IReadOnlyList<ReferenceCorrection> Corrections)
{
    /// <summary>Short name of the reference for the table: checked, corrected (pdftotext with checked fixes) or pdftotext.</summary>
    public string ReferenceKind => HandChecked ? "checked" : Corrections.Count > 0 ? "corrected" : "pdftotext";

    public string ReferenceText() => ReferenceCorrection.Apply(File.ReadAllText(ReferencePath), Corrections);

    /// <summary>True when the reference is a hand-checked <c>.reference.txt</c>, not poppler's text.</summary>
    public bool HandChecked => ReferencePath.EndsWith(".reference.txt", StringComparison.Ordinal);
}
