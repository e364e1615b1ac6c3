using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Tests.Support;

/// <summary>The real catalog from data/ (copied beside the tests) and small hand-made ones for focused tests.</summary>
public static class TestCatalogs
{
    private static readonly Lazy<Catalog> RealCatalog = new(() => CatalogFiles.Load(Path.Combine(AppContext.BaseDirectory, "data")));

    public static Catalog Real => RealCatalog.Value;

    public static string DataFile(string relative) => Path.Combine(AppContext.BaseDirectory, "data", relative);

    /// <summary>A tiny catalog: one role, a handful of skills and certifications, written inline.</summary>
    public static Catalog Small(string? roleSkills = null, string? certifications = null, string? implications = null) =>
        CatalogParser.Parse(new CatalogSources(
            new CatalogFile("skills.json", SmallSkills),
            new CatalogFile("certifications.json", $$"""{ "certifications": [ {{certifications ?? DefaultCertifications}} ] }"""),
            new CatalogFile("implied-skills.json", $$"""{ "implications": [ {{implications ?? DefaultImplications}} ] }"""),
            [new CatalogFile("roles/ops.json", Role(roleSkills ?? DefaultRoleSkills))]));

    public static string Certification(
        string id, string kind, string? cloud, string covers, int hours = 40, string aliases = "", string prerequisites = "", string after = "",
        string level = "associate", string issuer = "x", string? ladder = null) => $$"""
        { "id": "{{id}}", "name": "{{id}} name", "issuer": "{{issuer}}", "level": "{{level}}", "kind": "{{kind}}", "cloud": {{(cloud is null ? "null" : $"\"{cloud}\"")}},{{(ladder is null ? "" : $" \"ladder\": \"{ladder}\",")}}
          "covers": [{{covers}}], "prerequisites": [{{prerequisites}}], "recommendedAfter": [{{after}}], "preparationHours": {{hours}}, "aliases": [{{aliases}}] }
        """;

    private const string SmallSkills = """
        { "skills": [
          { "id": "linux", "name": "Linux", "category": "os", "aliases": ["GNU/Linux"], "ambiguousAliases": [] },
          { "id": "kubernetes", "name": "Kubernetes", "category": "containers", "aliases": ["k8s"], "ambiguousAliases": [] },
          { "id": "aws-eks", "name": "Amazon EKS", "category": "containers", "aliases": ["EKS"], "ambiguousAliases": [] },
          { "id": "aws", "name": "AWS", "category": "cloud", "aliases": ["Amazon Web Services"], "ambiguousAliases": [] },
          { "id": "azure", "name": "Azure", "category": "cloud", "aliases": [], "ambiguousAliases": [] },
          { "id": "go", "name": "Go", "category": "programming", "aliases": ["Golang"], "ambiguousAliases": ["Go"] },
          { "id": "chef", "name": "Chef", "category": "config-management", "aliases": ["Chef Infra"], "ambiguousAliases": ["Chef"] },
          { "id": "load-balancing", "name": "Load balancing", "category": "networking", "aliases": ["load balancer"], "ambiguousAliases": [] },
          { "id": "ci-cd", "name": "CI/CD", "category": "cicd", "aliases": ["continuous delivery"], "ambiguousAliases": [] },
          { "id": "csharp", "name": "C#", "category": "programming", "aliases": [".NET"], "ambiguousAliases": [] },
          { "id": "python", "name": "Python", "category": "programming", "aliases": [], "ambiguousAliases": [] },
          { "id": "terraform", "name": "Terraform", "category": "iac", "aliases": [], "ambiguousAliases": [] }
        ] }
        """;

    private const string DefaultRoleSkills = """
        { "skillId": "linux", "tier": "core", "why": "Servers run Linux." },
        { "skillId": "kubernetes", "tier": "core", "why": "Workloads run on Kubernetes." },
        { "skillId": "terraform", "tier": "important", "why": "Infrastructure is code." },
        { "skillId": "python", "tier": "important", "why": "Automation is written in Python." },
        { "skillId": "go", "tier": "bonus", "why": "Tools are written in Go." }
        """;

    private static readonly string DefaultCertifications = string.Join(",",
        Certification("cka", "tool", null, "\"kubernetes\", \"linux\"", 60, "\"CKA\""),
        Certification("aws-saa", "cloud", "aws", "\"aws\", \"terraform\"", 80, "\"AWS SAA\""));

    private const string DefaultImplications = """
        { "from": "aws-eks", "implies": ["kubernetes", "aws"], "why": "EKS is managed Kubernetes on AWS." }
        """;

    private static string Role(string skills) => $$"""
        { "id": "ops-engineer", "name": "Ops Engineer", "summary": "s", "focus": "f", "keyMetrics": ["uptime"], "typicalWork": ["work"],
          "skills": [ {{skills}} ], "softSkills": [], "valuedCertifications": [], "careerLadder": [],
          "market": { "facts": [] }, "communities": [], "transitions": [] }
        """;
}
