namespace SkillGap.Benchmarks;

/// <summary>The resume PDFs of the shared corpus (<c>../shared/pdf-corpus/resumes</c> beside the repository root).</summary>
internal static class ResumeCorpus
{
    public static string Folder()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
                {
                    string folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "pdf-corpus", "resumes"));
                    if (Directory.Exists(folder))
                    {
                        return folder;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("The shared corpus (../shared/pdf-corpus/resumes beside SkillGap.sln) was not found.");
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder(), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
