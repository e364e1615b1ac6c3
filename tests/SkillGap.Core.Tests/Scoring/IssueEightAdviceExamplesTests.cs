using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

/// <summary>The wrong advice issue 8 lists, each as the person it was given to, against the real catalogue.</summary>
public class IssueEightAdviceExamplesTests
{
    private static readonly Catalog Catalog = TestCatalogs.Real;
    private static readonly DateOnly Today = new(2026, 11, 1);

    private static List<string> Advice(string roleId, string[] skills, string[] held, double years)
    {
        var role = Catalog.FindRole(roleId)!;
        var heldSet = held.ToHashSet(StringComparer.Ordinal);
        var credits = SkillCredits.From(skills, new Dictionary<string, SkillUsage>(), heldSet, Catalog, Today);
        var (_, _, gaps) = RoleScorer.Score(role, credits, Catalog);
        string[] clouds = ["aws", "azure", "gcp"];
        var written = clouds.Where(c => skills.Any(s => s == c || s.StartsWith(c + "-", StringComparison.Ordinal))).ToHashSet();
        return CertificationPathPlanner.Plan(role, gaps, heldSet, written, years, Catalog).Steps.Select(s => s.Id).ToList();
    }

    private static bool IsProfessionalOrAbove(string certId) => Catalog.FindCertification(certId)!.Level is "professional" or "expert" or "specialty";

    [Fact]
    public void ABootcampGraduateIsNotToldAProfessionalOrExpertExamBeforeAnEntryStep()
    {
        var path = Advice("devops-engineer", ["docker", "git", "python", "javascript", "github-actions"], [], years: 0);

        Assert.NotEmpty(path);
        Assert.False(IsProfessionalOrAbove(path[0]), $"first step {path[0]}");
        Assert.DoesNotContain("azure-devops-engineer-expert", path);
        var ckad = path.IndexOf("ckad");
        Assert.True(ckad < 0 || path.IndexOf("kcna") is >= 0 and var kcna && kcna < ckad, string.Join(", ", path));
    }

    [Fact]
    public void AStoreManagerWithCloudPractitionerIsNotToldDevOpsProfessionalFirst()
    {
        var path = Advice("devops-engineer", ["aws", "git"], ["aws-cloud-practitioner"], years: 0);

        Assert.NotEmpty(path);
        Assert.NotEqual("aws-devops-engineer-professional", path[0]);
        Assert.False(IsProfessionalOrAbove(path[0]), $"first step {path[0]}");
    }

    [Fact]
    public void AnAwsUserIsNotToldToTakeAzureExams()
    {
        var path = Advice("devops-engineer", ["aws", "aws-ec2", "aws-s3", "linux", "bash", "git", "jenkins"], [], years: 4);

        Assert.DoesNotContain(path, id => Catalog.FindCertification(id)!.Cloud == "azure");
    }

    [Fact]
    public void SomeoneHoldingCkaAndCksIsNotToldKcna()
    {
        var path = Advice("platform-engineer", ["kubernetes", "docker", "aws", "terraform"], ["cka", "cks"], years: 6);

        Assert.DoesNotContain("kcna", path);
        Assert.DoesNotContain("kcsa", path);
    }

    [Fact]
    public void AnArchitectHoldingProfessionalCertificatesIsNotToldALowerAwsStep()
    {
        var path = Advice("infrastructure-engineer", ["aws", "gcp", "kubernetes", "python"],
            ["aws-solutions-architect-professional", "cka", "gcp-professional-cloud-architect"], years: 10);

        Assert.DoesNotContain(path, id => Catalog.FindCertification(id)!.Cloud == "aws" && Catalog.FindCertification(id)!.Level is "associate" or "foundational");
        Assert.DoesNotContain("google-cloud-digital-leader", path);
        Assert.DoesNotContain("gcp-associate-cloud-engineer", path);
    }

    [Fact]
    public void ACloudSupportEngineerWhoseFirstGapIsTerraformIsToldTerraformAssociate()
    {
        var path = Advice("infrastructure-engineer", ["aws", "aws-ec2", "aws-s3", "aws-iam", "linux", "bash", "dns", "troubleshooting"],
            ["aws-solutions-architect-associate"], years: 3);

        Assert.Contains("terraform-associate", path);
        Assert.NotEqual("aws-advanced-networking-specialty", path[0]);
    }
}
