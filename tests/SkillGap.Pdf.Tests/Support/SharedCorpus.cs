namespace SkillGap.Pdf.Tests.Support;

/// <summary>
/// Finds the shared PDF corpus at ../shared/pdf-corpus beside the repository. Its files are personal and
/// never copied into the repository; a missing folder fails the test rather than skipping it.
/// </summary>
internal static class SharedCorpus
{
    public static string Directory
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SkillGap.sln")))
            {
                folder = folder.Parent;
            }

            if (folder is null)
            {
                throw new InvalidOperationException("Could not find SkillGap.sln above the test output folder.");
            }

            string corpus = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "pdf-corpus"));
            return System.IO.Directory.Exists(corpus)
                ? corpus
                : throw new DirectoryNotFoundException($"The shared PDF corpus is missing at {corpus}.");
        }
    }

    public static IEnumerable<string> PdfFiles() =>
        System.IO.Directory.GetFiles(Directory, "*.pdf", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Directory, relativePath));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Structure", name));
}
