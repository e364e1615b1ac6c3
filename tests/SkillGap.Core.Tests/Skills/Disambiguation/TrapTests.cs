using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

/// <summary>
/// Named traps for the committed model. None of these sentences is a line of the training data
/// (checked below), so they test generalisation rather than memory.
/// </summary>
public sealed class TrapTests
{
    public static TheoryData<string, string, string, SectionKind, bool> Traps => new()
    {
        { "Executive Chef at The Anchor, Falmouth (2017-2022)", "Chef", "chef", SectionKind.Experience, false },
        { "Sous Chef, Bay Tree Kitchen - ordering, rotas and allergen logs", "Chef", "chef", SectionKind.Experience, false },
        { "Wrote Chef cookbooks to standardise our Tomcat servers", "Chef", "chef", SectionKind.Experience, true },
        { "Referee: Dr. Paul Jenkins, Senior Lecturer, University of Derby", "Jenkins", "jenkins", SectionKind.References, false },
        { "Reported to James Jenkins, Head of Operations", "Jenkins", "jenkins", SectionKind.Experience, false },
        { "Maintained Jenkins pipelines for the mobile apps", "Jenkins", "jenkins", SectionKind.Experience, true },
        { "Took the Helm of the office relocation project in 2020", "Helm", "helm", SectionKind.Experience, false },
        { "Wrote Helm charts for the payments team", "Helm", "helm", SectionKind.Experience, true },
        { "Data analyst at Shell Energy Retail, Cardiff", "Shell", "bash", SectionKind.Experience, false },
        { "Automation with Bash/Shell scripting and cron", "Shell", "bash", SectionKind.Experience, true },
        { "Provided Go-live support to 12 branches", "Go", "go", SectionKind.Experience, false },
        { "Go-to person for printer problems", "Go", "go", SectionKind.Summary, false },
        { "Go, Python, SQL, Bash", "Go", "go", SectionKind.Skills, true },
        { "Go microservices behind an API gateway", "Go", "go", SectionKind.Experience, true },
        { "Puppet theatre volunteer on Saturday mornings", "Puppet", "puppet", SectionKind.Interests, false },
        { "Wrote Puppet manifests for the mail servers", "Puppet", "puppet", SectionKind.Experience, true },
        { "Salt Lake City, Utah", "Salt", "saltstack", SectionKind.Contact, false },
        { "Wrote Salt states for the web tier", "Salt", "saltstack", SectionKind.Experience, true },
        { "HashiCorp Vault for secrets in every environment", "Vault", "hashicorp-vault", SectionKind.Experience, true },
        { "Pole Vault, county schools champion", "Vault", "hashicorp-vault", SectionKind.Interests, false },
        { "Spark Networks - QA tester", "Spark", "apache-spark", SectionKind.Experience, false },
        { "Swift/iOS developer for a banking app", "Swift", "swift", SectionKind.Experience, true },
        { "Warehouse Packer, night shifts at Tesco", "Packer", "packer", SectionKind.Experience, false },
        { "Built VM images with Packer for Azure", "Packer", "packer", SectionKind.Experience, true },
        { "I like to read Kafka and Tolstoy", "Kafka", "kafka", SectionKind.Interests, false },
        { "Deployed Kafka on Kubernetes with Strimzi", "Kafka", "kafka", SectionKind.Experience, true },
        { "Helpdesk Analyst — PT Maju Sejahtera, Cirebon, West Java, Indonesia (2019–2022)", "Java", "java", SectionKind.Experience, false },
        { "Weekend hikes through the tea estates of West Java", "Java", "java", SectionKind.Interests, false },
        { "Java and Python services on Kubernetes, deployed with Argo CD", "Java", "java", SectionKind.Experience, true },
        { "Languages: Java, Go, SQL", "Java", "java", SectionKind.Skills, true },
        { "Maintained the CI pipelines for the payments monorepo", "CI", "ci-cd", SectionKind.Experience, true },
        { "CI with Jenkins and SonarQube quality gates", "CI", "ci-cd", SectionKind.Experience, true },
        { "Continuous improvement (CI) lead for the bakery's night shift", "CI", "ci-cd", SectionKind.Experience, false },
        { "Referee: Det. CI Sarah Okafor, Greater Manchester Police", "CI", "ci-cd", SectionKind.References, false },
    };

    [Theory]
    [MemberData(nameof(Traps))]
    public void CommittedModelDecidesTheTrap(string text, string alias, string skillId, SectionKind section, bool isSkill)
    {
        var model = CommittedFiles.Model.Value;
        var mention = Mentions.In(text, alias, skillId, section);

        var because = string.Join(", ", model.Explain(mention).Take(6).Select(p => $"{p.Key} {p.Value:F2}"));
        Assert.True(model.Accepts(mention) == isSkill, $"p={model.Probability(mention):F2}; top features: {because}");
    }

    [Fact]
    public void NoTrapIsALineOfTheTrainingData()
    {
        var lines = CommittedFiles.Examples.Value.Select(example => example.Mention.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(Traps, trap => lines.Contains((string)trap[0]));
    }
}
