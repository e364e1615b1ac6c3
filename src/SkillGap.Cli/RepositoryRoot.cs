namespace SkillGap.Cli;

internal static class RepositoryRoot
{
    /// <summary>The folder holding SkillGap.sln, searched upward from the working directory and then from the binary.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SkillGap.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }
}
