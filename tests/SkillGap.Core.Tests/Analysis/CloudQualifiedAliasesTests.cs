using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Analysis;

/// <summary>Bare "IAM" and "VPC" are AWS's unless the paragraph, or failing that the resume, says another cloud.</summary>
public class CloudQualifiedAliasesTests
{
    private static readonly ResumeAnalyzer Analyzer = new(TestCatalogs.Real);
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static HashSet<string> TextSkills(params string[] lines)
    {
        var document = new ExtractedDocument(ResumeFormat.Docx, 1, lines.Select(l => new DocumentLine(1, l, LineHints.None)).ToList(), []);
        return Analyzer.Analyze(document, Today).Skills.Where(s => s.Source == SkillSources.Text).Select(s => s.Id).ToHashSet();
    }

    [Fact]
    public void BareIamInAParagraphAboutAnotherCloudIsThatCloudsNotAws()
    {
        var skills = TextSkills("Experience", "- IAM bindings and service accounts for BigQuery datasets on GCP.");
        Assert.Contains("iam", skills);
        Assert.DoesNotContain("aws-iam", skills);
    }

    [Fact]
    public void BareVpcInAParagraphAboutAnotherCloudIsDroppedForLackOfAGenericSkill()
    {
        var skills = TextSkills("Experience", "- Shared VPC design for 12 Google Cloud projects.");
        Assert.DoesNotContain("aws-vpc", skills);
        Assert.Contains("gcp", skills);
    }

    [Fact]
    public void BareIamAndVpcStayAwsWhenTheParagraphNamesAws()
    {
        var skills = TextSkills("Skills", "AWS: EC2, S3, IAM, VPC");
        Assert.Superset(new HashSet<string> { "aws-iam", "aws-vpc" }, skills);
    }

    [Fact]
    public void AParagraphWithoutACloudFollowsTheResume()
    {
        var aws = TextSkills("Experience", "- Ran workloads on EKS.", "- Reviewed IAM and VPC changes.");
        Assert.Superset(new HashSet<string> { "aws-iam", "aws-vpc" }, aws);

        var azureOnly = TextSkills("Experience", "- Ran workloads on Azure Kubernetes Service.", "- Reviewed IAM changes.");
        Assert.Contains("iam", azureOnly);
        Assert.DoesNotContain("aws-iam", azureOnly);
    }

    [Fact]
    public void InAResumeWithoutAnyCloudIamIsIdentityManagementInGeneral()
    {
        var skills = TextSkills("Experience", "- IAM with Okta and SailPoint: joiners, movers and leavers.", "- Firewall rules and VPC design.");
        Assert.Contains("iam", skills);
        Assert.DoesNotContain("aws-iam", skills);
        Assert.Contains("aws-vpc", skills); // VPC is AWS's own word; there is no generic skill to fall back on
    }

    [Fact]
    public void SharedWordsDoNotVouchForEachOther()
    {
        var skills = TextSkills("Experience", "- IAM roles and VPC peering on Google Cloud.");
        Assert.DoesNotContain("aws-iam", skills);
        Assert.DoesNotContain("aws-vpc", skills);
    }

    [Fact]
    public void OnlyTheSharedWordsMove()
    {
        var skills = TextSkills("Experience", "- Moved nightly backups from S3 to Azure Blob Storage.", "- Migrated 30 services from GKE to EKS.", "- AWS IAM federation for our Google Cloud users.");
        Assert.Superset(new HashSet<string> { "aws-s3", "aws-eks", "gcp-gke", "azure-storage", "aws-iam" }, skills);
    }

    [Fact]
    public void ACloudWrittenInsideALongerNameIsAWrittenCloudWithThatWordAsEvidence()
    {
        var document = new ExtractedDocument(ResumeFormat.Docx, 1, [new DocumentLine(1, "Experience", LineHints.None), new DocumentLine(1, "- Built IPsec tunnels to 40 AWS VPCs.", LineHints.None)], []);
        var aws = Analyzer.Analyze(document, Today).Skills.Single(s => s.Id == "aws");
        Assert.Equal(SkillSources.Text, aws.Source);
        Assert.Equal("AWS", document.Text.Substring(aws.Evidence[0].Start, aws.Evidence[0].Length));
        Assert.Contains("azure", TextSkills("Experience", "- Moved 12 services to Azure Kubernetes Service."));
    }

    [Fact]
    public void ACloudNameWrappedAcrossLinesStillCounts()
    {
        var document = new ExtractedDocument(ResumeFormat.Pdf, 1, [new DocumentLine(1, "Experience", LineHints.None), new DocumentLine(1, "- Moved the regression jobs to runners on AWS", LineHints.None), new DocumentLine(1, "EC2 spot instances.", LineHints.None)], []);
        var skills = Analyzer.Analyze(document, Today).Skills.Where(s => s.Source == SkillSources.Text).Select(s => s.Id).ToList();
        Assert.Contains("aws-ec2", skills);
        Assert.Contains("aws", skills);
    }

    [Fact]
    public void AToolVendorInsideAToolNameIsNotAWrittenPlatform()
    {
        var skills = TextSkills("Experience", "- Pipelines in GitHub Actions for every repository.");
        Assert.Contains("github-actions", skills);
        Assert.DoesNotContain("github", skills);
    }
}
