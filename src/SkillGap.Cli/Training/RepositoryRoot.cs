namespace SkillGap.Cli.Training;

internal static class RepositoryRoot
{
    /// <summary>The nearest folder holding SkillGap.sln, looking up from the current directory.</summary>
    public static string? Find()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SkillGap.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
