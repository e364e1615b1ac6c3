using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Analysis;

public class ResumeAnalyzerTests
{
    private static readonly ResumeAnalyzer Analyzer = new(TestCatalogs.Real);
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static ExtractedDocument Docx(string name) =>
        DocumentReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", name))).Document!;

    private static ExtractedDocument Lines(params string[] lines) =>
        new(ResumeFormat.Docx, 1, lines.Select(l => new DocumentLine(1, l, LineHints.None)).ToList(), []);

    private static HashSet<string> TextSkills(ResumeAnalysis analysis) =>
        analysis.Skills.Where(s => s.Source == SkillSources.Text).Select(s => s.Id).ToHashSet();

    [Fact]
    public void NetworkEngineerResumeFindsNetworkingSkillsAndFitsInfrastructure()
    {
        var analysis = Analyzer.Analyze(Docx("network-engineer-to-infra.docx"), Today);
        var skills = TextSkills(analysis);
        Assert.Superset(new HashSet<string> { "bgp", "ospf", "vpn", "firewalls", "aws-vpc", "dns", "python", "ansible", "tcp-ip", "subnetting", "vlan", "load-balancing", "aws", "terraform", "linux", "bash", "cisco" }, skills);
        Assert.Equal("infrastructure-engineer", analysis.BestFitRole);
    }

    [Fact]
    public void ITILWrittenOnlyInACertificateNameIsAWrittenSkillWithTheCertificateLineAsEvidence()
    {
        var document = Lines("Skills", "Windows Server, Active Directory", "Certifications", "ITIL 4 Foundation (2022)");
        var analysis = Analyzer.Analyze(document, Today);

        var itil = analysis.Skills.Single(s => s.Id == "itil");
        Assert.Equal(SkillSources.Text, itil.Source);
        var evidence = Assert.Single(itil.Evidence);
        Assert.Equal(("certifications", "ITIL 4 Foundation (2022)"), (evidence.Section, evidence.Snippet));
        Assert.Equal("ITIL", document.Text.Substring(evidence.Start, evidence.Length));
        Assert.Contains("itil-foundation", analysis.Certifications.Select(c => c.Id));
        // The name states ITIL, not the other skills the exam covers: those stay certification credit.
        Assert.Equal(SkillSources.Inferred, analysis.Skills.Single(s => s.Id == "change-management").Source);
    }

    [Fact]
    public void ACertificateInProgressStatesNoSkill()
    {
        var analysis = Analyzer.Analyze(Lines("Certifications", "ITIL 4 Foundation (in progress)"), Today);
        Assert.DoesNotContain(analysis.Skills, s => s.Id == "itil");
    }

    [Fact]
    public void ACloudCertificateDoesNotMakeItsBrandAWrittenSkill()
    {
        var analysis = Analyzer.Analyze(Lines("Certifications", "Microsoft Certified: Azure Fundamentals (AZ-900)"), Today);
        Assert.DoesNotContain(analysis.Skills, s => s.Id == "azure" && s.Source == SkillSources.Text);
    }

    [Fact]
    public void TrapsInTheNetworkEngineerResumeAreNotSkills()
    {
        var skills = TextSkills(Analyzer.Analyze(Docx("network-engineer-to-infra.docx"), Today));
        Assert.DoesNotContain("chef", skills);       // "Executive Chef"
        Assert.DoesNotContain("go", skills);         // "go-live"
        Assert.DoesNotContain("puppet", skills);     // "puppetry club", under Interests
        Assert.DoesNotContain("kubernetes", skills); // only under Interests
        Assert.DoesNotContain("jenkins", skills);    // the referee
    }

    [Fact]
    public void HeldCertificationsExcludeOnesInProgress()
    {
        var analysis = Analyzer.Analyze(Docx("network-engineer-to-infra.docx"), Today);
        Assert.Equal(["ccna"], analysis.Certifications.Select(c => c.Id));
        var infrastructure = analysis.Roles.Single(r => r.Id == "infrastructure-engineer");
        Assert.DoesNotContain(infrastructure.RecommendedCertifications, c => c.Id == "ccna");
    }

    [Fact]
    public void EvidenceOffsetsPointAtTheMentionInTheExtractedText()
    {
        var document = Docx("sysadmin-to-devops.docx");
        var analysis = Analyzer.Analyze(document, Today);
        Assert.NotEmpty(analysis.Skills);
        foreach (var evidence in analysis.Skills.SelectMany(s => s.Evidence))
        {
            var mention = document.Text.Substring(evidence.Start, evidence.Length);
            Assert.Contains(mention, evidence.Snippet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SysadminResumeFitsDevOpsAndTracksItsCertifications()
    {
        var analysis = Analyzer.Analyze(Docx("sysadmin-to-devops.docx"), Today);
        Assert.Superset(new HashSet<string> { "rhcsa", "azure-administrator-associate" }, analysis.Certifications.Select(c => c.Id).ToHashSet());
        var expected = new HashSet<string> { "jenkins", "gitlab-ci", "docker", "kubernetes", "prometheus", "grafana", "ansible", "rhel", "ubuntu", "github-actions", "terraform", "azure", "on-call", "postmortems" };
        Assert.Empty(expected.Except(TextSkills(analysis)));
        Assert.DoesNotContain("helm", TextSkills(analysis)); // "took the helm"
        Assert.Contains(analysis.BestFitRole, new[] { "devops-engineer", "infrastructure-engineer" });
    }

    [Fact]
    public void ImpliedSkillsAreMarkedWithTheirOrigin()
    {
        var analysis = Analyzer.Analyze(Lines("Experience", "Ran production workloads on Amazon EKS."), Today);
        var kubernetes = analysis.Skills.Single(s => s.Id == "kubernetes");
        Assert.Equal(SkillSources.Inferred, kubernetes.Source);
        Assert.Contains("aws-eks", kubernetes.InferredFrom);
        Assert.Empty(kubernetes.Evidence);
    }

    [Fact]
    public void RolesAreSortedByScoreAndBestFitIsTheTop()
    {
        var analysis = Analyzer.Analyze(Docx("sysadmin-to-devops.docx"), Today);
        Assert.Equal(analysis.Roles.OrderByDescending(r => r.Score).Select(r => r.Score), analysis.Roles.Select(r => r.Score));
        Assert.Equal(analysis.Roles[0].Id, analysis.BestFitRole);
        Assert.Equal(4, analysis.Roles.Count);
    }

    [Fact]
    public void TheSameResumeGivesTheSameAnalysis()
    {
        var first = AnalysisJsonOf(Analyzer.Analyze(Docx("sysadmin-to-devops.docx"), Today));
        var second = AnalysisJsonOf(new ResumeAnalyzer(TestCatalogs.Real).Analyze(Docx("sysadmin-to-devops.docx"), Today));
        Assert.Equal(first, second);
    }

    [Fact]
    public void AmbiguousWordInASkillsListCountsButInProseDoesNot()
    {
        var listed = TextSkills(Analyzer.Analyze(Lines("Skills", "Python, Go, Bash"), Today));
        var prose = TextSkills(Analyzer.Analyze(Lines("Experience", "Go above and beyond for every customer."), Today));
        Assert.Contains("go", listed);
        Assert.DoesNotContain("go", prose);
    }

    [Theory]
    [InlineData("GitHub: github.com/jane-doe | LinkedIn: linkedin.com/in/jane-doe")]
    [InlineData("London • LinkedIn • Email • GitHub • Website")]
    [InlineData("LinkedIn ↗    GitHub ↗     Blog ↗")]
    [InlineData("Sorting visualiser, view on GitHub")]
    public void ACodeHostNamedAsALinkLabelIsNotTheTool(string line)
    {
        Assert.DoesNotContain("github", TextSkillsOf(Lines("Jane Doe", line, "Skills", "Terraform, Ansible")));
        Assert.Contains("github", TextSkillsOf(Lines("Jane Doe", line, "Skills", "Terraform, Git, GitHub, GitLab")));
    }

    [Theory]
    [InlineData("Summary", "Accountant with ten years in audit, interested in pursuing DevOps.")]
    [InlineData("Summary", "Aspiring DevOps engineer looking to start a career in the cloud.")]
    [InlineData("Skills", "Cloud & DevOps: AWS, Docker, Terraform")]
    [InlineData("Projects", "Built a DevOps dashboard with Grafana and Prometheus")]
    public void ARolePracticeIsNotTakenFromAnAimAHeadingOrAProject(string heading, string line)
    {
        var skills = TextSkillsOf(Lines("Jane Doe", heading, line, "Experience", "Accountant, Acme Ltd, 2016 – 2024", "- Monthly reporting in Excel"));

        Assert.DoesNotContain("devops", skills);
    }

    [Fact]
    public void ARolePracticeCountsWhenThePersonHeldTheJob()
    {
        Assert.Contains("devops", TextSkillsOf(Lines("Jane Doe", "Experience", "DevOps Engineer, Acme Ltd, 2019 – 2024", "- Built the CI/CD pipelines with Jenkins")));
        Assert.Contains("devops", TextSkillsOf(Lines("Jane Doe", "Summary", "DevOps engineer with six years on AWS and Kubernetes.")));
    }

    private static HashSet<string> HeldOf(params string[] certificationLines) =>
        Analyzer.Analyze(Lines(["Jane Doe", "Certifications", .. certificationLines]), Today).Certifications.Select(c => c.Id).ToHashSet();

    [Theory]
    [InlineData("CCNA (Cisco 200-301) – In progress")]
    [InlineData("CCNA, Cisco (Scheduled November 2025)")]
    [InlineData("Cisco CCNA Route Switch (CSCO11674179) (exp.)")]
    [InlineData("CCNA (2019 - 2022)")]
    [InlineData("CCNA — valid until March 2024")]
    [InlineData("CCNA preparation course (Udemy)")]
    [InlineData("CCNA 200-301 practice exams")]
    [InlineData("CCNA Bootcamp, NetAcad")]
    [InlineData("Currently deepening CCNA-level routing and switching skills")]
    public void ACertificationNotHeldTodayIsNotHeld(string line)
    {
        Assert.DoesNotContain("ccna", HeldOf(line));
    }

    [Theory]
    [InlineData("CCNA (Cisco 200-301), 2024")]
    [InlineData("CCNA (2023 - 2026)")]
    [InlineData("Cisco Certified Network Associate — valid until September 30, 2027")]
    public void AHeldOrStillValidCertificationIsHeld(string line)
    {
        Assert.Contains("ccna", HeldOf(line));
    }

    [Fact]
    public void AValidityOnTheDateLineBelowTheNameCounts()
    {
        Assert.DoesNotContain("aws-solutions-architect-associate", HeldOf("AWS Certified Solutions Architect - Associate", "09/2020 - 09/2023"));
        Assert.Contains("aws-solutions-architect-associate", HeldOf("AWS Certified Solutions Architect - Associate", "09/2024 - 09/2027"));
    }

    [Fact]
    public void AListIntroducedAsNotRenewedHoldsNothing()
    {
        Assert.Empty(HeldOf("While most of my accreditations have not been renewed, they show my learning journey", "CCNP May 2003", "CCNA Nov 1999", "AWS Cloud Practitioner April 2018"));
    }

    [Fact]
    public void ItilVersionsAreKeptApart()
    {
        Assert.Equal(["itil-v3-foundation"], HeldOf("ITIL v3 Foundation"));
        Assert.Equal(["itil-foundation"], HeldOf("ITIL4, Information Technology Infrastructure Library"));
    }

    [Theory]
    [InlineData("Followed HIPAA best practices and security procedures.", "hipaa")]
    [InlineData("Delivered AWS deployments to PCI-DSS standards.", "pci-dss")]
    [InlineData("Performed SOC 2 Type II engagements.", "soc2")]
    public void ARegulationWrittenCreditsComplianceAsWritten(string line, string framework)
    {
        var skills = TextSkillsOf(Lines("Jane Doe", "Experience", "Engineer, Acme Ltd, 2019 – 2024", line));

        Assert.Contains(framework, skills);
        Assert.Contains("compliance", skills);
    }

    [Theory]
    [InlineData("Built a recommender with collaborative filtering in Python.", "collaboration")]
    [InlineData("Containerised the backend of a web collaboration application.", "collaboration")]
    [InlineData("Wrote firmware for patient vitals monitoring devices.", "monitoring")]
    [InlineData("Treasurer of the Ubuntu Women Foundation, Cape Town.", "ubuntu")]
    [InlineData("Presented the roadmap to the leadership team every quarter.", "leadership")]
    [InlineData("Semantic search across API documentation with embeddings.", "documentation")]
    [InlineData("Migrated the office to a hosted VOIP service, enhancing their communication capabilities.", "communication")]
    [InlineData("Cut data storage costs by 30% with lifecycle rules on S3 storage.", "storage")]
    public void AnAliasInsideAPhraseWithAnotherMeaningIsNotTheSkill(string line, string skill)
    {
        Assert.DoesNotContain(skill, TextSkillsOf(Lines("Jane Doe", "Experience", "Engineer, Acme Ltd, 2019 – 2024", line)));
    }

    [Theory]
    [InlineData("Collaborated with developers on release planning.", "collaboration")]
    [InlineData("Set up Prometheus monitoring and alerting for 40 services.", "monitoring")]
    [InlineData("Ran Ubuntu servers and Debian build hosts.", "ubuntu")]
    [InlineData("Supervised a team of three administrators.", "leadership")]
    [InlineData("Ran NetApp storage and iSCSI SAN arrays.", "storage")]
    public void TheSameWordsStillCountInTheirOwnMeaning(string line, string skill)
    {
        Assert.Contains(skill, TextSkillsOf(Lines("Jane Doe", "Experience", "Engineer, Acme Ltd, 2019 – 2024", line)));
    }

    [Fact]
    public void AnAllCapsSkillsLineIsRead()
    {
        Assert.Contains("java", TextSkillsOf(Lines("Jane Doe", "Technical Skills", "JAVA, PYTHON, SQL, LINUX")));
    }

    [Theory]
    [InlineData("Platforms")]
    [InlineData("Skill areas")]
    [InlineData("Languages")]
    public void ASidebarBlockAfterInterestsIsNotSwallowedByThem(string heading)
    {
        var skills = TextSkillsOf(Lines("Jane Doe", "Interests", "Hiking, chess, baking", heading, "Python, Terraform, Kubernetes"));

        Assert.Superset(new HashSet<string> { "python", "terraform", "kubernetes" }, skills);
    }

    private static string AnalysisJsonOf(ResumeAnalysis analysis) => System.Text.Json.JsonSerializer.Serialize(analysis);

    [Fact]
    public void ABareIamInAGoogleCloudParagraphIsNotAwsIam()
    {
        var gcp = TextSkillsOf(Lines("Experience", "Moved the DAGs to Cloud Composer on GCP and wrote Terraform for IAM bindings."));
        var aws = TextSkillsOf(Lines("Experience", "Locked down AWS accounts with IAM roles and SCPs."));
        Assert.DoesNotContain("aws-iam", gcp);
        Assert.Contains("iam", gcp);
        Assert.Contains("aws-iam", aws);
    }

    private static HashSet<string> TextSkillsOf(ExtractedDocument document) => TextSkills(Analyzer.Analyze(document, Today));

    [Fact]
    public void HeldCertificationsCarryTheYearWrittenBesideThem()
    {
        var analysis = Analyzer.Analyze(Lines("Certifications", "CKA (2021), AZ-104 (2023)", "CCNA 200-301", "RHCSA, 2022 – 2025"), Today);
        var years = analysis.Certifications.ToDictionary(c => c.Id, c => c.Year);
        Assert.Equal(2021, years["cka"]);
        Assert.Equal(2023, years["azure-administrator-associate"]);
        Assert.Null(years["ccna"]);
        Assert.Equal(2025, years["rhcsa"]);
    }
}
