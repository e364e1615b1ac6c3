namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>Seed PDFs for fuzzing: the shared corpus (required) and the fixtures committed in this project.</summary>
internal static class FuzzCorpus
{
    // Seeds past this size only slow the run down; the mutations that matter hit the structure, not the bulk.
    private const long MaxSeedBytes = 300 * 1024;

    public static string SharedCorpus()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "pdf-corpus"));
                if (!Directory.Exists(corpus))
                {
                    throw new InvalidOperationException($"The shared PDF corpus is missing at {corpus}; the fuzz test needs it and must not be skipped.");
                }

                return corpus;
            }
        }

        throw new InvalidOperationException("SkillGap.sln not found above the test binaries; cannot locate the shared PDF corpus.");
    }

    /// <summary>Seeds in a stable order (by name), so a fixed random seed gives the same cases on every machine.</summary>
    public static List<(string Name, byte[] Data)> Seeds()
    {
        string corpus = SharedCorpus();
        var files = Directory.EnumerateFiles(corpus, "*.pdf", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.pdf", SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).Length <= MaxSeedBytes)
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count < 10)
        {
            throw new InvalidOperationException($"Only {files.Count} seed PDFs found under {corpus}; the corpus looks incomplete.");
        }

        return files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }
}
