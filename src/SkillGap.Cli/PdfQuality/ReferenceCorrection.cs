namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// One checked fix to a pdftotext reference (<c>data/eval/pdf-reference-corrections.tsv</c>): poppler is a yardstick, not
/// the truth, and where glyph positions prove it wrong the score should not charge our reader for it.
/// </summary>
internal sealed record ReferenceCorrection(string File, string PopplerText, string PageText, string Evidence)
{
    public const string FileName = "pdf-reference-corrections.tsv";

    public static List<ReferenceCorrection> Load(string path)
    {
        var corrections = new List<ReferenceCorrection>();
        if (!System.IO.File.Exists(path))
        {
            return corrections;
        }

        int lineNumber = 0;
        foreach (string line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 4 || columns.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 4 non-empty tab-separated columns (file, poppler's text, page text, evidence).");
            }

            corrections.Add(new ReferenceCorrection(columns[0], columns[1], columns[2], columns[3]));
        }

        return corrections;
    }

    /// <summary>Applies every correction to the reference; one whose text is not there any more is an error, not a no-op.</summary>
    public static string Apply(string reference, IEnumerable<ReferenceCorrection> corrections)
    {
        foreach (ReferenceCorrection correction in corrections)
        {
            if (!reference.Contains(correction.PopplerText, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{FileName}: the reference of {correction.File} no longer contains \"{correction.PopplerText}\"; remove or fix the correction.");
            }

            reference = reference.Replace(correction.PopplerText, correction.PageText, StringComparison.Ordinal);
        }

        return reference;
    }
}
