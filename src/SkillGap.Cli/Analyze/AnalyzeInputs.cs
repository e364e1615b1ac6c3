namespace SkillGap.Cli.Analyze;

/// <summary>
/// The files to analyze: each named file as it is (its bytes decide whether it is a PDF or DOCX), and under each
/// named folder, recursively, the files whose extension says PDF or DOCX, in ordinal order so runs are comparable.
/// </summary>
internal static class AnalyzeInputs
{
    private static readonly string[] ResumeExtensions = [".pdf", ".docx"];

    /// <returns>The files, or null with <paramref name="error"/> naming the path that does not exist.</returns>
    public static IReadOnlyList<string>? Expand(IEnumerable<string> paths, out string? error)
    {
        error = null;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ResumeExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                error = $"no such file or folder: {path}";
                return null;
            }
        }

        return files;
    }
}
