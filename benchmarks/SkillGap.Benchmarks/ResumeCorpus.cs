namespace SkillGap.Benchmarks;

/// <summary>The repository (found by SkillGap.sln above the current or program folder) and the shared corpus beside it.</summary>
internal static class ResumeCorpus
{
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("SkillGap.sln was not found above the current or the program folder.");
    }

    /// <summary>The resume PDFs of the shared corpus (<c>../shared/pdf-corpus/resumes</c> beside the repository root).</summary>
    public static string Folder()
    {
        string folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "pdf-corpus", "resumes"));
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException("The shared corpus (../shared/pdf-corpus/resumes beside SkillGap.sln) was not found.");
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder(), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
