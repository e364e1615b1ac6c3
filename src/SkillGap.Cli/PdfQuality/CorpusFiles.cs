namespace SkillGap.Cli.PdfQuality;

/// <summary>Finds the PDFs to score and the reference text beside each one.</summary>
internal static class CorpusFiles
{
    public static string DefaultCorpus(string repositoryRoot) =>
        Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "pdf-corpus"));

    /// <summary>Every PDF with a reference: the shared corpus by its top folder, our fixtures, and the eval renders.</summary>
    public static List<QualityCase> Collect(string corpus, string? repositoryRoot)
    {
        var cases = new List<QualityCase>();
        List<ReferenceCorrection> corrections = repositoryRoot is null
            ? []
            : ReferenceCorrection.Load(Path.Combine(repositoryRoot, "data", "eval", ReferenceCorrection.FileName));
        if (Directory.Exists(corpus))
        {
            foreach (string pdf in PdfsUnder(corpus))
            {
                string relative = Path.GetRelativePath(corpus, pdf);
                string[] parts = relative.Split(Path.DirectorySeparatorChar);
                string group = parts.Length > 1 ? parts[0] : "corpus";
                string name = parts.Length > 1 ? string.Join('/', parts[1..]) : relative;
                AddIfReferenced(cases, group, name, pdf, corrections);
            }
        }

        if (corrections.FirstOrDefault(c => !cases.Any(k => $"{k.Group}/{k.Name}" == c.File)) is { } orphan)
        {
            throw new InvalidDataException($"{ReferenceCorrection.FileName}: no corpus file {orphan.File} with a pdftotext reference.");
        }

        if (repositoryRoot is not null)
        {
            AddFolder(cases, "fixtures", Path.Combine(repositoryRoot, "tests", "SkillGap.Pdf.Tests", "Fixtures", "Layout"));
            AddFolder(cases, "eval", Path.Combine(repositoryRoot, "data", "eval"));
        }

        return cases;
    }

    /// <summary>
    /// Files we know to be laid out in two columns, by name: our Chromium sidebar renders (<c>*.chromium-2col.pdf</c>),
    /// the two-column layout fixture and the corpus's two-column template. The report scores their order on its own.
    /// </summary>
    public static bool IsTwoColumn(string name) =>
        name.Contains("2col", StringComparison.OrdinalIgnoreCase) || name.Contains("two-column", StringComparison.OrdinalIgnoreCase);

    private static void AddFolder(List<QualityCase> cases, string group, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (string pdf in PdfsUnder(folder))
        {
            AddIfReferenced(cases, group, Path.GetRelativePath(folder, pdf), pdf, []);
        }
    }

    private static IEnumerable<string> PdfsUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static void AddIfReferenced(List<QualityCase> cases, string group, string name, string pdf, List<ReferenceCorrection> corrections)
    {
        string handChecked = pdf + ".reference.txt";
        string poppler = pdf + ".pdftotext.txt";
        if (File.Exists(handChecked))
        {
            cases.Add(new QualityCase(group, name, pdf, handChecked, []));
        }
        else if (File.Exists(poppler))
        {
            cases.Add(new QualityCase(group, name, pdf, poppler, [.. corrections.Where(c => c.File == $"{group}/{name}")]));
        }
    }
}
