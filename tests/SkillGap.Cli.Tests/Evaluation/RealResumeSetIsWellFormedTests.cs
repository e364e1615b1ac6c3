using System.Text.Json;
using System.Text.RegularExpressions;
using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

/// <summary>
/// data/eval/real: public resumes, one document each, every one traceable to a repository, path, commit and licence
/// in MANIFEST.tsv, labelled with the catalog's ids.
/// </summary>
public sealed partial class RealResumeSetIsWellFormedTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data");
    private static readonly string RealDirectory = Path.Combine(DataDirectory, "eval", "real");
    private static readonly Lazy<EvalSet> Set = new(() => EvalSetFiles.Load(RealDirectory));
    private static readonly Lazy<Dictionary<string, string[]>> Manifest = new(ReadManifest);

    [Fact]
    public void AtLeastThirtyResumesParseWithOneDocumentEach()
    {
        Assert.Empty(Set.Value.Problems);
        Assert.True(Set.Value.Resumes.Count >= 30, $"only {Set.Value.Resumes.Count} resumes");
        Assert.All(Set.Value.Resumes, r =>
        {
            var document = Assert.Single(r.Documents);
            Assert.True(new FileInfo(document.Path).Length > 1000, $"{document.Path} is nearly empty");
        });
    }

    [Fact]
    public void EveryDocumentHasItsSourceCommitAndLicenceInTheManifest()
    {
        Assert.Equal(
            Set.Value.Resumes.Select(r => r.Labels.Id).Order(StringComparer.Ordinal),
            Manifest.Value.Keys.Order(StringComparer.Ordinal));
        Assert.All(Set.Value.Resumes, r =>
        {
            var row = Manifest.Value[r.Labels.Id];
            Assert.Equal(r.Documents[0].Format, row[1]);
            Assert.Matches(RepositoryName(), row[2]);
            Assert.False(string.IsNullOrWhiteSpace(row[3]), $"{r.Labels.Id}: no source path");
            Assert.Matches(CommitHash(), row[4]);
            Assert.False(string.IsNullOrWhiteSpace(row[5]), $"{r.Labels.Id}: licence not recorded (write 'none stated')");
            Assert.False(string.IsNullOrWhiteSpace(row[6]), $"{r.Labels.Id}: how the file was produced is not recorded");
        });
    }

    [Fact]
    public void NoResumeComesFromAReservedRepository()
    {
        // shared/ sits beside the repository, on a developer's machine and in CI alike.
        var reserved = ReservedRepositoriesFile();
        Assert.True(reserved is not null, "shared/reserved-repos.txt is not beside this checkout");
        var names = File.ReadAllLines(reserved!)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Trim().Split(' ')[0])
            .Where(n => n.Contains('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(names);
        Assert.Equal([], Manifest.Value.Values.Select(row => row[2]).Where(names.Contains).ToArray());
    }

    [Fact]
    public void LabelsUseCatalogSkillIdsAndAreConsistent()
    {
        using var skills = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "skills.json")));
        var ids = skills.RootElement.GetProperty("skills").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

        Assert.All(Set.Value.Resumes.Select(r => r.Labels), labels =>
        {
            Assert.Equal([], labels.ExpectedSkills.Concat(labels.MustNotAppear).Where(s => !ids.Contains(s)).ToArray());
            Assert.Empty(labels.ExpectedSkills.Intersect(labels.MustNotAppear));
            Assert.Contains(labels.BestFitRole, ResumeLabels.Roles);
        });
    }

    private static string? ReservedRepositoriesFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reserved-repos.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static Dictionary<string, string[]> ReadManifest() =>
        File.ReadAllLines(Path.Combine(RealDirectory, "MANIFEST.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepositoryName();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitHash();
}
