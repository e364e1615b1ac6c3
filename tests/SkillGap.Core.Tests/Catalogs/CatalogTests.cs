using SkillGap.Core.Catalogs;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Catalogs;

public class CatalogTests
{
    private static IEnumerable<string> ContractIds(string file)
    {
        var path = Path.Combine(RepoRoot(), "..", "shared", "contract", file);
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public void EveryContractSkillIdExistsWithExactSpelling()
    {
        var missing = ContractIds("skill-ids.tsv").Where(id => TestCatalogs.Real.FindSkill(id) is null).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryContractCertificationIdExistsWithExactSpelling()
    {
        var missing = ContractIds("certification-ids.tsv").Where(id => TestCatalogs.Real.FindCertification(id) is null).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void TheFourRolesAreDefined()
    {
        Assert.Equal(
            ["devops-engineer", "infrastructure-engineer", "platform-engineer", "site-reliability-engineer"],
            TestCatalogs.Real.Roles.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRoleSkillSaysWhyItMatters()
    {
        foreach (var skill in TestCatalogs.Real.Roles.SelectMany(r => r.Skills))
        {
            Assert.True(skill.Why.Length > 20, $"{skill.SkillId}: '{skill.Why}'");
        }
    }

    [Fact]
    public void MalformedEntryNamesTheFileAndThePath()
    {
        var bad = new CatalogSources(
            new CatalogFile("data/skills.json", """{ "skills": [ { "id": "x", "category": "os", "aliases": [], "ambiguousAliases": [] } ] }"""),
            new CatalogFile("data/certifications.json", """{ "certifications": [] }"""),
            new CatalogFile("data/implied-skills.json", """{ "implications": [] }"""),
            []);
        var error = Assert.Throws<CatalogException>(() => CatalogParser.Parse(bad));
        Assert.Contains("data/skills.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.skills[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSkillReferenceInARoleIsRejected()
    {
        var error = Assert.Throws<CatalogException>(() => TestCatalogs.Small(roleSkills: """{ "skillId": "cobol", "tier": "core", "why": "w" }"""));
        Assert.Contains("roles/ops.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cobol'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACertificationMayStateOnlySkillsItCovers()
    {
        var certification = TestCatalogs.Certification("lfcs", "vendor-neutral", null, "\"linux\"").TrimEnd().TrimEnd('}') + """, "statedSkills": ["kubernetes"] }""";
        var error = Assert.Throws<CatalogException>(() => TestCatalogs.Small(certifications: certification));
        Assert.Contains("certification 'lfcs' states a skill it does not cover", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTierIsRejected()
    {
        var error = Assert.Throws<CatalogException>(() => TestCatalogs.Small(roleSkills: """{ "skillId": "linux", "tier": "vital", "why": "w" }"""));
        Assert.Contains("roles/ops.json", error.Message, StringComparison.Ordinal);
    }
}
