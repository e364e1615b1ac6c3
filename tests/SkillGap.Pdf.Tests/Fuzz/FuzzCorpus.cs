namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>Where a seed PDF comes from: the shared corpus (written elsewhere) or files this repository made.</summary>
internal enum SeedOrigin
{
    SharedCorpus,
    Ours,
}

internal sealed record FuzzSeed(string Name, byte[] Data, SeedOrigin Origin);

/// <summary>
/// Seed PDFs for fuzzing: the shared corpus (required) and our own files: this project's fixtures, the Core tests'
/// resumes and the renderings of two eval resumes (every producer we render with).
/// </summary>
internal static class FuzzCorpus
{
    // Seeds past this size only slow the run down; the mutations that matter hit the structure, not the bulk.
    private const long MaxSeedBytes = 300 * 1024;

    private static readonly string[] s_evalResumes = ["r01-sysadmin-to-infra", "r02-network-engineer-to-infra"];

    public static string SharedCorpus()
    {
        string corpus = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "pdf-corpus"));
        if (!Directory.Exists(corpus))
        {
            throw new InvalidOperationException($"The shared PDF corpus is missing at {corpus}; the fuzz test needs it and must not be skipped.");
        }

        return corpus;
    }

    /// <summary>Seeds in a stable order (origin, then name), so a fixed random seed gives the same cases on every machine.</summary>
    public static List<FuzzSeed> Seeds()
    {
        string root = RepositoryRoot();
        var corpus = Pdfs(SharedCorpus()).ToList();
        if (corpus.Count < 10)
        {
            throw new InvalidOperationException($"Only {corpus.Count} seed PDFs found under {SharedCorpus()}; the corpus looks incomplete.");
        }

        var ours = Pdfs(Path.Combine(AppContext.BaseDirectory, "Fixtures"))
            .Concat(Pdfs(Path.Combine(root, "tests", "SkillGap.Core.Tests", "Fixtures", "Pdf")))
            .Concat(s_evalResumes.SelectMany(r => Pdfs(Path.Combine(root, "data", "eval", "rendered", r))))
            .ToList();
        if (ours.Count < 10)
        {
            throw new InvalidOperationException($"Only {ours.Count} of our own seed PDFs found under {root}; the fixtures look incomplete.");
        }

        return [.. Load(corpus, SeedOrigin.SharedCorpus), .. Load(ours, SeedOrigin.Ours)];
    }

    private static IEnumerable<string> Pdfs(string directory) =>
        Directory.EnumerateFiles(directory, "*.pdf", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length <= MaxSeedBytes);

    private static IEnumerable<FuzzSeed> Load(IEnumerable<string> files, SeedOrigin origin) =>
        files.OrderBy(Path.GetFileName, StringComparer.Ordinal).Select(f => new FuzzSeed(Path.GetFileName(f), File.ReadAllBytes(f), origin));

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SkillGap.sln not found above the test binaries; cannot locate the seed PDFs.");
    }
}
