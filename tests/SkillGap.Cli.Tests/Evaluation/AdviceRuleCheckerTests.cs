using SkillGap.Cli.Evaluation;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Experience;
using SkillGap.Cli.Tests.Support;

namespace SkillGap.Cli.Tests.Evaluation;

/// <summary>The eval's advice checker catches each broken rule in a hand-written path (it never calls the planner).</summary>
public class AdviceRuleCheckerTests
{
    private static readonly Catalog Catalog = CommittedCatalog.Real;

    /// <summary>An analysis for one role whose path is <paramref name="steps"/>, each step's closes and hours filled in honestly.</summary>
    private static ResumeAnalysis Analysis(string roleId, string[] written, string[] held, double years, params string[] steps) =>
        AnalysisWith(roleId, written, held, years, steps.Select(id => (id, (string?)null)).ToArray());

    private static ResumeAnalysis AnalysisWith(string roleId, string[] written, string[] held, double years, params (string Id, string? CloudReason)[] steps)
    {
        var profile = Catalog.FindRole(roleId)!;
        var covered = written.Concat(held.SelectMany(h => Catalog.FindCertification(h)!.Covers)).ToHashSet();
        var gaps = profile.Skills.Where(s => !covered.Contains(s.SkillId))
            .OrderByDescending(s => s.Weight)
            .Select(s => new RoleGap(s.SkillId, s.SkillId, s.Tier.ToString().ToLowerInvariant(), "why")).ToList();
        var closed = new HashSet<string>();
        var pathSteps = new List<CertificationStep>();
        foreach (var (id, cloudReason) in steps)
        {
            var cert = Catalog.FindCertification(id)!;
            var closes = cert.Covers.Where(s => gaps.Any(g => g.SkillId == s) && !closed.Contains(s)).ToList();
            closed.UnionWith(closes);
            var weight = closes.Sum(s => gaps.Single(g => g.SkillId == s).Tier switch { "core" => 3, "important" => 2, _ => 1 });
            var shown = cert.Prerequisites.Count == 0 ? [] : new List<StepPrerequisite>
            {
                new("formal", cert.Prerequisites, "names", pathSteps.FirstOrDefault(p => cert.Prerequisites.Contains(p.Id))?.Id, "earlier step", 1),
            };
            pathSteps.Add(new CertificationStep(pathSteps.Count + 1, id, cert.Name, cert.Issuer, cert.Level, cert.Kind, cert.Cloud, cert.PreparationHours,
                closes, weight, 10.0 * weight / cert.PreparationHours, shown, "why", cloudReason));
        }

        var role = new RoleResult(roleId, profile.Name, 50, [], gaps, [], [], new CertificationPath(pathSteps, years, [], "summary"));
        var skills = written.Select(s => new FoundSkill(s, s, "x", SkillSources.Text, [], [])).ToList();
        var certifications = held.Select(h => new HeldCertification(h, h, [])).ToList();
        return new ResumeAnalysis(new DocumentSummary("docx", 1, 100, []), skills, certifications, [role], roleId, null,
            new ExperienceSummary(years, "mid", [], []));
    }

    private static IReadOnlyList<AdviceViolation> Check(ResumeAnalysis analysis) => AdviceRuleChecker.Check(analysis, Catalog);

    [Fact]
    public void AStepBelowAHeldLadderStepBreaksRuleA()
    {
        var violations = Check(Analysis("platform-engineer", ["aws", "terraform"], ["cka"], 6, "kcna", "terraform-professional"));
        Assert.Contains(violations, v => v.Rule == 'a' && v.Detail.StartsWith("kcna", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExpertExamWithoutItsFormalPrerequisiteBreaksRuleB()
    {
        var violations = Check(Analysis("devops-engineer", ["azure", "linux"], [], 6, "azure-devops-engineer-expert", "terraform-associate"));
        Assert.Contains(violations, v => v.Rule == 'b' && v.Detail.Contains("without its formal prerequisite", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecommendedStepAfterTheExamItPrecedesBreaksRuleB()
    {
        var violations = Check(Analysis("devops-engineer", ["aws"], [], 6, "aws-devops-engineer-professional", "aws-sysops-administrator-associate"));
        Assert.Contains(violations, v => v.Rule == 'b' && v.Detail.Contains("recommended first", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfessionalExamForABeginnerWithoutAnAssociateBreaksRuleC()
    {
        var violations = Check(Analysis("devops-engineer", ["aws", "git"], ["aws-cloud-practitioner"], 0.5, "aws-devops-engineer-professional"));
        Assert.Contains(violations, v => v.Rule == 'c');
        Assert.DoesNotContain(Check(Analysis("devops-engineer", ["aws", "git"], ["aws-cloud-practitioner"], 6, "aws-devops-engineer-professional")), v => v.Rule == 'c');
    }

    [Fact]
    public void AnAzureExamForAnAwsUserBreaksRuleD()
    {
        var violations = Check(Analysis("devops-engineer", ["aws", "linux"], [], 6, "azure-fundamentals", "terraform-associate"));
        Assert.Contains(violations, v => v.Rule == 'd' && v.Detail.StartsWith("azure-fundamentals", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondCoreCloudWithoutAReasonBreaksRuleDAndWithOneDoesNot()
    {
        var silent = Check(AnalysisWith("infrastructure-engineer", ["azure", "linux"], [], 6, ("aws-cloud-practitioner", null), ("terraform-associate", null)));
        var explained = Check(AnalysisWith("infrastructure-engineer", ["azure", "linux"], [], 6, ("aws-cloud-practitioner", "AWS is core for this role."), ("terraform-associate", null)));
        Assert.Contains(silent, v => v.Rule == 'd' && v.Detail.Contains("without saying why", StringComparison.Ordinal));
        Assert.DoesNotContain(explained, v => v.Rule == 'd');
    }

    [Fact]
    public void LeavingTheTerraformGapOpenWithNoToolCertificationBreaksRuleE()
    {
        var violations = Check(Analysis("infrastructure-engineer", ["aws", "linux", "bash", "dns", "iam", "load-balancing", "high-availability"],
            ["aws-solutions-architect-associate"], 3, "aws-advanced-networking-specialty"));
        Assert.Contains(violations, v => v.Rule == 'e' && v.Detail.StartsWith("no tool certification", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == 'e' && v.Detail.Contains("(infrastructure-as-code) is left open", StringComparison.Ordinal));
    }

    [Fact]
    public void ASlowStepBeforeAQuickerOneThatClosesMorePerHourBreaksRuleF()
    {
        var violations = Check(Analysis("devops-engineer", ["aws", "linux"], [], 6, "aws-devops-engineer-professional", "terraform-associate"));
        Assert.Contains(violations, v => v.Rule == 'f' && v.Detail.StartsWith("terraform-associate closes more gap weight per hour", StringComparison.Ordinal));
    }

    [Fact]
    public void HoursOrClosesThatDisagreeWithTheCatalogueBreakRuleF()
    {
        var analysis = Analysis("devops-engineer", ["aws", "linux"], [], 6, "terraform-associate");
        var role = analysis.Roles[0];
        var step = role.CertificationPath!.Steps[0] with { PreparationHours = 5, Closes = ["kubernetes"] };
        var wrong = analysis with { Roles = [role with { CertificationPath = role.CertificationPath with { Steps = [step] } }] };
        var violations = Check(wrong);
        Assert.Contains(violations, v => v.Rule == 'f' && v.Detail.Contains("says it closes [kubernetes]", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == 'f' && v.Detail.Contains("hours", StringComparison.Ordinal));
    }

    [Fact]
    public void AStepTheLabelsSayIsHeldIsCountedEvenWhenTheReaderMissedIt()
    {
        var analysis = Analysis("platform-engineer", ["aws", "terraform"], [], 6, "kcna", "cgoa");

        Assert.Equal(["platform-engineer: kcna"], AdviceRuleChecker.StepsHeldByLabels(analysis, ["cka"], Catalog));
        Assert.Empty(AdviceRuleChecker.StepsHeldByLabels(analysis, ["terraform-associate"], Catalog));
    }
}
