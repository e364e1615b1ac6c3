using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Analysis;

public class ExperienceInAnalysisTests
{
    private static readonly ResumeAnalyzer Analyzer = new(TestCatalogs.Real);
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static ExtractedDocument Lines(params string[] lines) =>
        new(ResumeFormat.Docx, 1, lines.Select(l => new DocumentLine(1, l, LineHints.None)).ToList(), []);

    private static readonly ExtractedDocument Resume = Lines(
        "Summary",
        "Network engineer moving into infrastructure.",
        "Experience",
        "Network Engineer, Sahyadri Financial Services — 03/2019 - 12/2022",
        "- Ran BGP to two ISPs and OSPF in the core; Ansible for backups.",
        "Network Consultant — Freelance (2021–2023)",
        "- Designed BGP peering for small ISPs.",
        "Junior Network Engineer, Indus Telecom — 07/2015 - 02/2017",
        "- Configured VLANs and subnetting; some Ansible.",
        "Skills",
        "Terraform, Python");

    [Fact]
    public void ASkillUsedInOverlappingJobsCountsItsMonthsOnce()
    {
        var bgp = Analyzer.Analyze(Resume, Today).Skills.Single(s => s.Id == "bgp");
        // 03/2019–12/2022 (46 months) and 2021–2023 (24 months) overlap for 2021–2022: 03/2019 up to 2023 is 46.
        Assert.Equal(46, bgp.Months);
        Assert.Equal(2023, bgp.LastUsed);
    }

    [Fact]
    public void ASkillUsedInSeparateJobsAddsTheirMonths()
    {
        var ansible = Analyzer.Analyze(Resume, Today).Skills.Single(s => s.Id == "ansible");
        Assert.Equal(46 + 20, ansible.Months);
        Assert.Equal(2022, ansible.LastUsed);
    }

    [Fact]
    public void ASkillOnlyInASkillsListHasNoMonths()
    {
        var terraform = Analyzer.Analyze(Resume, Today).Skills.Single(s => s.Id == "terraform");
        Assert.Null(terraform.Months);
        Assert.Null(terraform.LastUsed);
    }

    [Fact]
    public void SummarisesTotalYearsEntriesAndSeniority()
    {
        var experience = Analyzer.Analyze(Resume, Today).Experience!;
        // 2019-03..2023-01 merged (46) plus 2015-07..2017-02 (20) = 66 months.
        Assert.Equal(5.5, experience.TotalYears);
        Assert.Equal("senior", experience.Seniority);
        Assert.StartsWith("5.5 years of technical experience", experience.SeniorityReasons[0]);
        Assert.Equal(["Network Engineer", "Network Consultant", "Junior Network Engineer"], experience.Entries.Select(e => e.Title));
        Assert.Equal(("2019-03", "2022-12", 46), (experience.Entries[0].Start, experience.Entries[0].End, experience.Entries[0].Months));
        Assert.Equal(("2021", "2023"), (experience.Entries[1].Start, experience.Entries[1].End));
    }

    [Fact]
    public void ALongTimeEngineerHasEveryJobCounted()
    {
        var experience = Analyzer.Analyze(Resume, Today).Experience!;
        Assert.All(experience.Entries, e => Assert.True(e.Counted));
        Assert.All(experience.Entries, e => Assert.Equal("technical title", e.Reason));
        Assert.Equal(0, experience.OtherYears);
        Assert.DoesNotContain(experience.SeniorityReasons, r => r.Contains("not counted", StringComparison.Ordinal));
    }

    private static readonly ExtractedDocument CareerSwitcher = Lines(
        "Experience",
        "Cloud Support Associate, Nimbus Hosting — 03/2023 - present",
        "- Linux servers, AWS EC2 and S3; Bash scripts for backups.",
        "Executive Chef, Harbour Grill — 2009 to 2023",
        "- Led a brigade of 20 cooks; led the kitchen refit; mentored apprentices.",
        "Line Cook, Dockside Diner — 2005 to 2009",
        "Skills",
        "Linux, AWS, Bash, Python");

    [Fact]
    public void ACareerSwitchersKitchenYearsAreShownButNotCounted()
    {
        var experience = Analyzer.Analyze(CareerSwitcher, Today).Experience!;
        // 03/2023 through June 2025 is 28 months; the kitchens (2005 to 2023) are the other 18 years.
        Assert.Equal(2.3, experience.TotalYears);
        Assert.Equal(18.0, experience.OtherYears);
        Assert.Equal([true, false, false], experience.Entries.Select(e => e.Counted));
        Assert.Equal(["technical title", "no technical skill or title", "no technical skill or title"], experience.Entries.Select(e => e.Reason));
        Assert.Contains("18 years of other experience not counted (Executive Chef, Line Cook)", experience.SeniorityReasons);
    }

    [Fact]
    public void ACareerSwitcherIsNotSeniorBecauseOfYearsOrLeadershipInAnotherField()
    {
        var experience = Analyzer.Analyze(CareerSwitcher, Today).Experience!;
        // Eighteen years and "led" in the kitchen would have read as staff; only the cloud job counts.
        Assert.Equal("mid", experience.Seniority);
        Assert.DoesNotContain(experience.SeniorityReasons, r => r.StartsWith("'led'", StringComparison.Ordinal));
    }

    [Fact]
    public void AJobWithoutATechnicalTitleCountsWhenItNamesTwoTechnicalSkills()
    {
        var document = Lines(
            "Experience",
            "Contract work, Aegean Hotels — 2019 to 2025",
            "- Set up the guest Wi-Fi VLANs and firewall rules with our IT partner.",
            "Operations Manager, Hotel Thalassa — 2015 to 2019",
            "- Set up the guest Wi-Fi VLANs and firewall rules with our IT partner.");
        var entries = Analyzer.Analyze(document, Today).Experience!.Entries;
        Assert.True(entries[0].Counted);
        Assert.StartsWith("names ", entries[0].Reason, StringComparison.Ordinal);
        Assert.False(entries[1].Counted);
        Assert.StartsWith("the title names other work", entries[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EntriesStoredBeforeJobsWereJudgedReadAsCounted()
    {
        const string stored = """{"totalYears":5.5,"seniority":"senior","seniorityReasons":[],"entries":[{"title":"SRE","employer":null,"start":"2020","end":null,"months":66}]}""";
        var experience = System.Text.Json.JsonSerializer.Deserialize<SkillGap.Core.Experience.ExperienceSummary>(stored, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.True(experience.Entries[0].Counted);
        Assert.Null(experience.Entries[0].Reason);
        Assert.Equal(0, experience.OtherYears);
    }

    [Fact]
    public void PresentMeansTheDayTheCallerPasses()
    {
        var document = Lines("Experience", "SRE — Kumo Games (2020–present)", "- Prometheus and Grafana.");
        var earlier = Analyzer.Analyze(document, new DateOnly(2022, 12, 31));
        var later = Analyzer.Analyze(document, new DateOnly(2024, 12, 31));
        Assert.Equal(36, earlier.Skills.Single(s => s.Id == "prometheus").Months);
        Assert.Equal(2022, earlier.Skills.Single(s => s.Id == "prometheus").LastUsed);
        Assert.Equal(60, later.Skills.Single(s => s.Id == "prometheus").Months);
        Assert.Null(earlier.Experience!.Entries[0].End);
    }

    [Fact]
    public void TransferableStrengthsSayHowLongAndHowRecently()
    {
        var infrastructure = Analyzer.Analyze(Resume, Today).Roles.Single(r => r.Id == "infrastructure-engineer");
        Assert.Contains("Ansible (5.5 years, used until 2022)", infrastructure.TransferableStrengths);
        Assert.Contains("Terraform (listed without dates)", infrastructure.TransferableStrengths);
        // Terraform is core but only listed (3 × 0.75); Ansible is important and used (2 × 1.0): the core skill still leads.
        Assert.True(infrastructure.TransferableStrengths.ToList().IndexOf("Terraform (listed without dates)") < infrastructure.TransferableStrengths.ToList().IndexOf("Ansible (5.5 years, used until 2022)"));
    }

    [Fact]
    public void MatchedSkillsCarryTheirUsage()
    {
        var infrastructure = Analyzer.Analyze(Resume, Today).Roles.Single(r => r.Id == "infrastructure-engineer");
        var ansible = infrastructure.Matched.Single(m => m.SkillId == "ansible");
        Assert.Equal((66, 2022, 1.0), (ansible.Months, ansible.LastUsed, ansible.Credit));
        var terraform = infrastructure.Matched.Single(m => m.SkillId == "terraform");
        Assert.Equal((null, null, 0.75), (terraform.Months, terraform.LastUsed, terraform.Credit));
    }

    [Fact]
    public void TheSameResumeOnTheSameDayGivesTheSameAnalysis()
    {
        var first = System.Text.Json.JsonSerializer.Serialize(Analyzer.Analyze(Resume, Today));
        var second = System.Text.Json.JsonSerializer.Serialize(new ResumeAnalyzer(TestCatalogs.Real).Analyze(Resume, Today));
        Assert.Equal(first, second);
    }
}
