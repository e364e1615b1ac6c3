using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class MentionFeatureExtractorTests
{
    private static readonly MentionFeatureExtractor Extractor = new(TechTerms.Default);

    private static IReadOnlyList<string> Features(string text, string alias, string skillId, SectionKind section = SectionKind.Experience) =>
        Extractor.Extract(Mentions.In(text, alias, skillId, section));

    [Fact]
    public void NamesNeighboursByPositionInLowerCase()
    {
        var features = Features("We Wrote Helm charts For teams", "Helm", "helm");

        Assert.Contains("L1=wrote", features);
        Assert.Contains("L2=we", features);
        Assert.Contains("L3=<start>", features);
        Assert.Contains("R1=charts", features);
        Assert.Contains("R2=for", features);
        Assert.Contains("helm|R1=charts", features);
        Assert.Contains("near=teams", features);
        Assert.Contains("alias=helm", features);
        Assert.Contains("skill=helm", features);
        Assert.Contains("section=experience", features);
    }

    [Fact]
    public void ReadsOnlyTheLineHoldingTheMention()
    {
        var features = Features("Kubernetes Terraform\r\nExecutive Chef, Harbour Grill\nAWS Linux", "Chef", "chef");

        Assert.Contains("tech-line=0", features);
        Assert.Contains("L2=<start>", features);
        Assert.DoesNotContain(features, feature => feature.Contains("kubernetes", StringComparison.Ordinal) || feature.Contains("aws", StringComparison.Ordinal));
    }

    [Fact]
    public void MarksAHyphenatedFormLikeGoLive()
    {
        var features = Features("Provided Go-live support", "Go", "go");

        Assert.Contains("hyphen-after", features);
        Assert.Contains("hyphen-after=live", features);
        Assert.DoesNotContain("hyphen-after", Features("Go - the language", "Go", "go"));
    }

    [Fact]
    public void MarksAPossessive()
    {
        Assert.Contains("possessive", Features("Read Kafka's diaries", "Kafka", "kafka"));
        Assert.DoesNotContain("possessive", Features("Ran Kafka clusters", "Kafka", "kafka"));
    }

    [Fact]
    public void RecognisesASkillsListAfterALabel()
    {
        var features = Features("Languages: Python, Go, Bash", "Go", "go", SectionKind.Skills);

        Assert.Contains("in-list", features);
        Assert.Contains("after-colon", features);
        Assert.Contains("list-items-capitalised", features);
        Assert.Contains("section=skills", features);
    }

    [Fact]
    public void TellsAListOfOrdinaryWordsFromAListOfTools()
    {
        var features = Features("Interests: Go, chess, hiking", "Go", "go", SectionKind.Interests);

        Assert.Contains("in-list", features);
        Assert.Contains("list-items-lower", features);
    }

    [Fact]
    public void SeesAPersonCueBeforeASurname()
    {
        var features = Features("Referee: Dr. Paul Jenkins, University of Leeds", "Jenkins", "jenkins", SectionKind.References);

        Assert.Contains("person-cue-before", features);
        Assert.Contains("previous-word-capitalised", features);
    }

    [Fact]
    public void SeesAJobTitleModifierAndATitleCasedLine()
    {
        var features = Features("Executive Chef, Harbour Grill", "Chef", "chef");

        Assert.Contains("role-modifier-before", features);
        Assert.Contains("title-case-line", features);
        Assert.Contains("line-start", Features("Chef de partie on the grill", "Chef", "chef"));
    }

    [Fact]
    public void SeesAnEmployerAfterAPreposition()
    {
        var features = Features("Analyst at Shell Energy since 2019", "Shell", "bash");

        Assert.Contains("employer-after-preposition", features);
        Assert.Contains("next-word-capitalised", features);
        Assert.Contains("organisation-word-after", features);
    }

    [Fact]
    public void CountsTechnicalTermsGivenToTheConstructor()
    {
        var mention = Mentions.In("Deployed Helm on Kubernetes with Argo", "Helm", "helm");

        var withTerms = new MentionFeatureExtractor(["kubernetes", "Argo CD", "argo"]).Extract(mention);
        var withoutTerms = new MentionFeatureExtractor([]).Extract(mention);

        Assert.Contains("tech-near=2", withTerms);
        Assert.Contains("tech-near=0", withoutTerms);
    }

    [Fact]
    public void CountsWordsThatLookTechnicalEvenWhenNotListed()
    {
        var features = new MentionFeatureExtractor([]).Extract(Mentions.In("Helm on k8s and GitHub", "Helm", "helm"));

        Assert.Contains("tech-near=2", features);
    }

    [Fact]
    public void KeepsNearbyTechnicalWordsWithinTheMentionsClause()
    {
        var features = Features("Six years as a Sous Chef; today I build Python APIs on Kubernetes.", "Chef", "chef");

        Assert.Contains("tech-near=0", features);
        Assert.Contains("tech-line=3+", features);
        Assert.DoesNotContain("near=python", features);
    }

    [Fact]
    public void NormalisesNumbersAndMarksSentenceStarts()
    {
        Assert.Contains("R1=<num>", Features("Migrated to Helm 3 last year", "Helm", "helm"));

        var features = Features("Loyal staff. Go above and beyond for guests", "Go", "go");
        Assert.Contains("sentence-start", features);
        Assert.Contains("sentence-start&next-lower", features);
        Assert.DoesNotContain("line-start", features);
    }

    [Fact]
    public void GivesTheSameFeaturesInTheSameOrderEveryTime()
    {
        var mention = Mentions.In("Wrote Chef cookbooks for 300 nodes", "Chef", "chef");

        Assert.Equal(Extractor.Extract(mention), new MentionFeatureExtractor(TechTerms.Default.Reverse()).Extract(mention));
    }
}
