namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>
/// Real Word documents to mutate: this project's fixtures (Word, Google Docs-like and pandoc files), two eval
/// renderings (pandoc, with and without a Word header), and the shared corpus's DOCX files (written elsewhere).
/// </summary>
public static class DocxSeeds
{
    public static List<(string Name, byte[] Data)> Load()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx"), "*.docx")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "eval", "rendered", "r01-sysadmin-to-infra"), "*.docx"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "eval", "rendered", "r02-network-engineer-to-infra"), "*.docx"))
            .Concat(Directory.GetFiles(SharedCorpusDocx(), "*.docx"))
            .ToList();
        if (files.Count < 10)
        {
            throw new InvalidOperationException($"Only {files.Count} seed DOCX files found; the fixtures or the shared corpus look incomplete.");
        }

        return files.OrderBy(Path.GetFileName, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    /// <summary>shared/pdf-corpus/docx beside the repository (CI lays shared/ next to its clone); the test must not be skipped.</summary>
    private static string SharedCorpusDocx()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "pdf-corpus", "docx");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/pdf-corpus/docx was not found above the test binaries; the DOCX fuzz test needs it.");
    }
}
