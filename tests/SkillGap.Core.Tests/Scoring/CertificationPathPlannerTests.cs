using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

/// <summary>Each rule of the certification path, (a) to (f), on small hand-made catalogues.</summary>
public class CertificationPathPlannerTests
{
    private const double Experienced = 6;
    private const double Beginner = 0.5;

    private static Catalog With(params string[] certifications) => TestCatalogs.Small(certifications: string.Join(",", certifications));

    private static Catalog WithRole(string roleSkills, params string[] certifications) =>
        TestCatalogs.Small(roleSkills: roleSkills, certifications: string.Join(",", certifications));

    private static CertificationPath Plan(Catalog catalog, string[]? held = null, string[]? clouds = null, double years = Experienced, string[]? written = null)
    {
        var credits = (written ?? []).ToDictionary(s => s, s => new SkillCredit(s, SkillSources.Text, 1.0));
        var gaps = RoleScorer.Score(catalog.Roles[0], credits, catalog).Gaps;
        return CertificationPathPlanner.Plan(catalog.Roles[0], gaps, (held ?? []).ToHashSet(), (clouds ?? []).ToHashSet(), years, catalog);
    }

    private static List<string> Ids(CertificationPath path) => path.Steps.Select(s => s.Id).ToList();

    private static string Cert(string id, string covers, int hours = 40, string kind = "vendor-neutral", string? cloud = null, string level = "associate",
        string issuer = "x", string? ladder = null, string prerequisites = "", string after = "") =>
        TestCatalogs.Certification(id, kind, cloud, covers, hours, prerequisites: prerequisites, after: after, level: level, issuer: issuer, ladder: ladder);

    // (a)
    [Fact]
    public void NeverIncludesAHeldCertificationNorALowerStepOfItsLadder()
    {
        var catalog = With(
            Cert("k-entry", "\"kubernetes\", \"python\"", 20, ladder: "k"),
            Cert("k-admin", "\"kubernetes\", \"linux\"", 60, level: "professional", ladder: "k"),
            Cert("py", "\"python\"", 30));

        var path = Plan(catalog, held: ["k-admin"]);

        Assert.DoesNotContain("k-admin", Ids(path));
        Assert.DoesNotContain("k-entry", Ids(path));
        Assert.Contains("py", Ids(path));
    }

    // (a)
    [Fact]
    public void TheOnlyFormalPrerequisiteOfAHeldCertificationCountsAsPassed()
    {
        var catalog = With(
            Cert("admin", "\"kubernetes\", \"python\"", 60),
            Cert("security", "\"kubernetes\"", 70, prerequisites: "\"admin\""));

        var path = Plan(catalog, held: ["security"]);

        Assert.DoesNotContain("admin", Ids(path));
    }

    // (b)
    [Fact]
    public void AFormalPrerequisiteComesBeforeTheExamThatNeedsItAndBothAreShown()
    {
        var catalog = With(
            Cert("admin", "\"linux\"", 70, kind: "cloud", cloud: "azure"),
            Cert("developer", "\"go\"", 70, kind: "cloud", cloud: "azure"),
            Cert("expert", "\"kubernetes\", \"python\", \"terraform\"", 90, kind: "cloud", cloud: "azure", level: "expert", prerequisites: "\"admin\", \"developer\""));

        var path = Plan(catalog, clouds: ["azure"]);

        var ids = Ids(path);
        Assert.Contains("expert", ids);
        Assert.True(ids.IndexOf("admin") is >= 0 and var admin && admin < ids.IndexOf("expert"), string.Join(", ", ids));
        var formal = Assert.Single(path.Steps.Single(s => s.Id == "expert").Prerequisites, p => p.Kind == PrerequisiteKinds.Formal);
        Assert.Equal(["admin", "developer"], formal.AnyOf);
        Assert.Equal(("admin", "earlier step", ids.IndexOf("admin") + 1), (formal.SatisfiedBy, formal.Status, formal.Step));
        Assert.Contains("expert name requires it", path.Steps.Single(s => s.Id == "admin").Why, StringComparison.Ordinal);
    }

    // (b)
    [Fact]
    public void AnExamWhoseFormalPrerequisiteCannotBeTakenIsLeftOut()
    {
        var catalog = With(
            Cert("azure-admin", "\"linux\"", 70, kind: "cloud", cloud: "azure"),
            Cert("expert", "\"kubernetes\", \"python\", \"terraform\"", 90, level: "expert", prerequisites: "\"azure-admin\""));

        var path = Plan(catalog, clouds: ["aws"]);

        Assert.DoesNotContain("expert", Ids(path));
    }

    // (b)
    [Fact]
    public void ABeginnerTakesTheRecommendedStepFirstAnExperiencedPersonMaySkipIt()
    {
        var catalog = With(
            Cert("entry", "\"linux\"", 25, level: "associate"),
            Cert("gitops", "\"kubernetes\", \"python\"", 20, after: "\"entry\""));

        var beginner = Plan(catalog, years: Beginner, written: ["linux"]);
        var experienced = Plan(catalog, years: Experienced, written: ["linux"]);

        Assert.Equal(["entry", "gitops"], Ids(beginner));
        Assert.Equal(("recommended", "earlier step"), (beginner.Steps[1].Prerequisites[0].Kind, beginner.Steps[1].Prerequisites[0].Status));
        Assert.Equal(["gitops"], Ids(experienced));
        Assert.Equal("optional", experienced.Steps[0].Prerequisites[0].Status);
    }

    // (c)
    [Fact]
    public void ABeginnerGetsNoProfessionalExamWithoutAnAssociateFromItsIssuer()
    {
        var catalog = With(
            Cert("practitioner", "\"go\"", 20, kind: "cloud", cloud: "aws", level: "foundational", issuer: "cloud co", ladder: "c"),
            Cert("associate", "\"linux\"", 80, kind: "cloud", cloud: "aws", issuer: "cloud co", ladder: "c"),
            Cert("professional", "\"kubernetes\", \"python\", \"terraform\"", 60, kind: "cloud", cloud: "aws", level: "professional", issuer: "cloud co", ladder: "c"));

        var newcomer = Plan(catalog, held: ["practitioner"], clouds: ["aws"], years: Beginner);
        var withAssociate = Plan(catalog, held: ["associate"], clouds: ["aws"], years: Beginner);
        var experienced = Plan(catalog, held: ["practitioner"], clouds: ["aws"], years: Experienced);

        Assert.DoesNotContain("professional", Ids(newcomer));
        Assert.Contains("associate", Ids(newcomer));
        Assert.Contains("professional", Ids(withAssociate));
        Assert.Equal("professional", experienced.Steps[0].Id);
    }

    // (d)
    [Fact]
    public void StaysOnTheCloudTheResumeUses()
    {
        var catalog = With(
            Cert("aws-cert", "\"aws\", \"linux\"", 60, kind: "cloud", cloud: "aws"),
            Cert("azure-cert", "\"azure\", \"linux\", \"kubernetes\"", 60, kind: "cloud", cloud: "azure"));

        Assert.Equal(["azure-cert"], Ids(Plan(catalog, clouds: ["azure"])));
        Assert.Equal(["aws-cert"], Ids(Plan(catalog, clouds: ["aws"])).Where(id => id.EndsWith("-cert", StringComparison.Ordinal)));
        Assert.Null(Plan(catalog, clouds: ["azure"]).Steps[0].CloudReason);
    }

    // (d)
    [Fact]
    public void AddsASecondCloudOnlyWhenTheRoleCountsItAsCoreAndSaysWhy()
    {
        var roleSkills = """
            { "skillId": "aws", "tier": "core", "why": "Runs on AWS." },
            { "skillId": "azure", "tier": "important", "why": "Some Azure." },
            { "skillId": "linux", "tier": "core", "why": "Servers." }
            """;
        var certs = new[]
        {
            Cert("aws-cert", "\"aws\"", 60, kind: "cloud", cloud: "aws"),
            Cert("azure-cert", "\"azure\", \"linux\"", 60, kind: "cloud", cloud: "azure"),
        };

        var azureUser = Plan(WithRole(roleSkills, certs), clouds: ["azure"], written: ["azure"]);
        var awsUser = Plan(WithRole(roleSkills, certs), clouds: ["aws"], written: ["aws"]);
        var noCloud = Plan(WithRole(roleSkills, certs));

        var added = azureUser.Steps.Single(s => s.Id == "aws-cert");
        Assert.Contains("count AWS as a core skill and your resume shows only Azure", added.CloudReason, StringComparison.Ordinal);
        Assert.Contains(added.CloudReason!, added.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("azure-cert", Ids(awsUser));
        Assert.Equal(["aws-cert"], Ids(noCloud));
        Assert.Contains("Your resume names no cloud", noCloud.Steps[0].CloudReason, StringComparison.Ordinal);
    }

    // (e)
    [Fact]
    public void PairsOneCloudAndOneToolCertification()
    {
        var catalog = With(
            Cert("neutral-big", "\"linux\", \"python\", \"go\"", 40),
            Cert("tool", "\"kubernetes\"", 40, kind: "tool"),
            Cert("cloud", "\"terraform\"", 60, kind: "cloud", cloud: "aws"));

        var path = Plan(catalog, clouds: ["aws"]);

        Assert.Contains(path.Steps, s => s.Kind == "cloud");
        Assert.Contains(path.Steps, s => s.Kind == "tool");
        Assert.Contains("paired with", path.Steps.Single(s => s.Id == "cloud").Why, StringComparison.Ordinal);
    }

    // (e)
    [Fact]
    public void CoversTheHeaviestCoreGapWhenACertificationExistsForIt()
    {
        var roleSkills = """
            { "skillId": "terraform", "tier": "core", "why": "Infrastructure is code." },
            { "skillId": "linux", "tier": "important", "why": "Servers." },
            { "skillId": "python", "tier": "important", "why": "Automation." },
            { "skillId": "go", "tier": "important", "why": "Tools." }
            """;
        var catalog = WithRole(roleSkills,
            Cert("broad", "\"linux\", \"python\", \"go\"", 30),
            Cert("networking", "\"linux\", \"go\"", 20),
            Cert("scripting", "\"python\", \"go\"", 20),
            Cert("terraform-associate", "\"terraform\"", 60, kind: "tool"));

        var path = Plan(catalog);

        Assert.Contains("terraform-associate", Ids(path));
        Assert.Contains("Terraform is your heaviest core gap", path.Steps.Single(s => s.Id == "terraform-associate").Why, StringComparison.Ordinal);
    }

    // (f)
    [Fact]
    public void StepsRankByGapWeightClosedPerHourAndShowHoursClosesAndWhy()
    {
        var catalog = With(
            Cert("slow", "\"linux\", \"kubernetes\", \"python\"", 160),
            Cert("quick", "\"python\"", 10),
            Cert("medium", "\"linux\"", 30));

        var path = Plan(catalog);

        Assert.Equal(["quick", "medium", "slow"], Ids(path));
        Assert.Equal([2.0, 1.0, 0.19], path.Steps.Select(s => s.WeightPerTenHours));
        var slow = path.Steps[2];
        Assert.Equal((160, 3), (slow.PreparationHours, slow.GapWeightClosed));
        Assert.Equal(["kubernetes"], slow.Closes);
        Assert.Contains("about 160 hours", slow.Why, StringComparison.Ordinal);
        Assert.Contains("Kubernetes", slow.Why, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 3), path.Steps.Select(s => s.Step));
    }

    // (f)
    [Fact]
    public void NeverMoreThanFourStepsAndNoneThatClosesNothing()
    {
        var catalog = With(
            Cert("a", "\"linux\"", 10), Cert("b", "\"kubernetes\"", 10), Cert("c", "\"python\"", 10),
            Cert("d", "\"terraform\"", 10), Cert("e", "\"go\", \"terraform\"", 10), Cert("f", "\"linux\", \"python\"", 10));

        var path = Plan(catalog);

        Assert.InRange(path.Steps.Count, 1, CertificationPathPlanner.MaxSteps);
        Assert.All(path.Steps, s => Assert.NotEmpty(s.Closes));
        Assert.Equal(path.Steps.SelectMany(s => s.Closes).Count(), path.Steps.SelectMany(s => s.Closes).Distinct().Count());
    }

    [Fact]
    public void NoStepsWhenNoCertificationClosesAGap()
    {
        var path = Plan(With(Cert("unrelated", "\"csharp\"")));

        Assert.Empty(path.Steps);
        Assert.Contains("No certification", path.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExperiencedPersonSkipsALaddersFoundationalStepForTheAssociateAboveIt()
    {
        var catalog = With(
            Cert("practitioner", "\"aws\", \"python\"", 20, kind: "cloud", cloud: "aws", level: "foundational", ladder: "c"),
            Cert("associate", "\"aws\", \"linux\"", 80, kind: "cloud", cloud: "aws", ladder: "c"),
            Cert("itil", "\"go\"", 20, level: "foundational"));

        var experienced = Plan(catalog, clouds: ["aws"], years: Experienced);
        var beginner = Plan(catalog, clouds: ["aws"], years: Beginner);

        Assert.DoesNotContain("practitioner", Ids(experienced));
        Assert.Contains("associate", Ids(experienced));
        Assert.Contains("practitioner", Ids(beginner));
    }
}
