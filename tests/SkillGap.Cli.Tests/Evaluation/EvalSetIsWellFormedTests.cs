using System.Text.Json;
using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

/// <summary>
/// The labelled eval sets (data/eval and, when present, data/eval/holdout) are complete and speak the catalog's ids,
/// so the eval command's numbers mean something.
/// </summary>
public sealed class EvalSetIsWellFormedTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data");
    private static readonly string EvalDirectory = Path.Combine(DataDirectory, "eval");
    private static readonly string HoldoutDirectory = Path.Combine(EvalDirectory, "holdout");
    private static readonly Lazy<EvalSet> Set = new(() => EvalSetFiles.Load(EvalDirectory));
    private static readonly Lazy<EvalSet> Holdout = new(() => EvalSetFiles.Load(HoldoutDirectory));
    private static readonly Lazy<HashSet<string>> SkillIds = new(() => Ids("skills.json", "skills"));
    private static readonly Lazy<HashSet<string>> CertificationIds = new(() => Ids("certifications.json", "certifications"));

    public static TheoryData<string> ResumeIds()
    {
        var ids = new TheoryData<string>(LabelledIds(EvalDirectory));
        if (Directory.Exists(HoldoutDirectory))
        {
            ids.AddRange(LabelledIds(HoldoutDirectory));
        }

        return ids;
    }

    [Fact]
    public void EveryLabelsFileParsesWithItsFileNameAsId()
    {
        Assert.Empty(Set.Value.Problems);
        Assert.Equal(LabelledIds(EvalDirectory), Set.Value.Resumes.Select(r => r.Labels.Id));
        if (Directory.Exists(HoldoutDirectory))
        {
            Assert.Empty(Holdout.Value.Problems);
            Assert.Equal(LabelledIds(HoldoutDirectory), Holdout.Value.Resumes.Select(r => r.Labels.Id));
        }
    }

    [Fact]
    public void TheSetHasAtLeastThirtyTwoResumesCoveringEveryRole()
    {
        Assert.True(Set.Value.Resumes.Count >= 32, $"only {Set.Value.Resumes.Count} resumes");
        Assert.Equal(
            ResumeLabels.Roles.Order(StringComparer.Ordinal),
            Set.Value.Resumes.Select(r => r.Labels.BestFitRole).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AtLeastAThirdOfTheResumesHaveATwoColumnRendering()
    {
        var twoColumn = Set.Value.Resumes.Count(r => r.Documents.Any(d => d.Format == "chromium-2col.pdf"));

        Assert.True(twoColumn * 3 >= Set.Value.Resumes.Count, $"{twoColumn} two-column renderings");
    }

    [Theory]
    [MemberData(nameof(ResumeIds))]
    public void LabelsUseOnlyCatalogIds(string id)
    {
        var labels = Resume(id).Labels;

        Assert.Equal([], labels.ExpectedSkills.Concat(labels.MustNotAppear).Where(s => !SkillIds.Value.Contains(s)).ToArray());
        Assert.Equal([], labels.HeldCertifications.Where(c => !CertificationIds.Value.Contains(c)).ToArray());
        Assert.Contains(labels.BestFitRole, ResumeLabels.Roles);
    }

    [Theory]
    [MemberData(nameof(ResumeIds))]
    public void LabelsAreConsistent(string id)
    {
        var labels = Resume(id).Labels;

        Assert.NotEmpty(labels.ExpectedSkills);
        Assert.False(string.IsNullOrWhiteSpace(labels.Persona));
        Assert.Empty(labels.ExpectedSkills.Intersect(labels.MustNotAppear));
        Assert.Equal(labels.ExpectedSkills.Count, labels.ExpectedSkills.Distinct().Count());
        Assert.Equal(labels.HeldCertifications.Count, labels.HeldCertifications.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ResumeIds))]
    public void EveryResumeHasItsSourceADocxAndTwoPdfsWithReferences(string id)
    {
        var resume = Resume(id);

        Assert.True(File.Exists(resume.MarkdownPath), $"{id}.md is missing");
        Assert.Contains(resume.Documents, d => d.Format == "docx");
        var pdfs = resume.Documents.Where(d => d.Format.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.True(pdfs.Count >= 2, $"{id} has {pdfs.Count} PDF renderings");
        Assert.All(resume.Documents, d => Assert.True(new FileInfo(d.Path).Length > 1000, $"{d.Path} is nearly empty"));
        Assert.All(pdfs, d => Assert.True(File.Exists(d.Path + ".pdftotext.txt"), $"{d.Path} has no pdftotext reference"));
    }

    private static string[] LabelledIds(string setDirectory) =>
        Directory.GetFiles(Path.Combine(setDirectory, "resumes"), "*.labels.json")
            .Select(path => Path.GetFileName(path)[..^".labels.json".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static EvalResume Resume(string id) => Set.Value.Resumes.Concat(Holdout.Value.Resumes).Single(r => r.Labels.Id == id);

    private static HashSet<string> Ids(string fileName, string arrayName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, fileName)));
        return json.RootElement.GetProperty(arrayName).EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
