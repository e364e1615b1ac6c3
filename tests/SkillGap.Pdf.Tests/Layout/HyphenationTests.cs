using SkillGap.Pdf.Layout;

namespace SkillGap.Pdf.Tests.Layout;

public sealed class HyphenationTests
{
    [Theory]
    [InlineData("strong software develop-", "ment skills", "RemoveHyphen")]
    [InlineData("designed the infra-", "structure for", "RemoveHyphen")]
    [InlineData("automated test-", "ing of services", "RemoveHyphen")]
    [InlineData("built self-", "service tooling", "KeepHyphen")]
    [InlineData("owned end-", "to-end delivery", "KeepHyphen")]
    [InlineData("led cross-", "functional teams", "KeepHyphen")]
    [InlineData("cut new-", "service setup", "KeepHyphen")]
    [InlineData("moved to cloud-", "native tooling", "KeepHyphen")]
    [InlineData("Proin in-", "terdum faucibus", "RemoveHyphen")]
    [InlineData("wrote soft-", "ware for", "RemoveHyphen")]
    [InlineData("a back-", "ground in", "RemoveHyphen")]
    [InlineData("led the out-", "age review", "RemoveHyphen")]
    [InlineData("ran AWS-", "managed clusters", "KeepHyphen")]
    [InlineData("maintained CI/CD-", "pipelines", "None")]
    [InlineData("worked on K8s-", "operators", "None")]
    [InlineData("Skills -", "python", "None")]
    [InlineData("monitoring-", "Prometheus and Grafana", "None")]
    [InlineData("no hyphen here", "next line", "None")]
    public void DecidesWhatALineEndHyphenMeans(string upper, string lower, string expected)
    {
        Assert.Equal(expected, Hyphenation.Decide(upper, lower).ToString());
    }

    [Theory]
    [InlineData("supplier contracts, food-", "safety compliance", "KeepHyphen")]
    [InlineData("a strong develop-", "er culture", "RemoveHyphen")]
    [InlineData("keeps the infras-", "tructure healthy", "RemoveHyphen")]
    public void AsksThePageWhenTheWordListsCannotTell(string upper, string lower, string expected)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal) { "food", "waste", "safety", "developer", "infrastructure", "in" };

        Assert.Equal(expected, Hyphenation.Decide(upper, lower, vocabulary).ToString());
    }

    [Fact]
    public void KeepsAnAuthorsHyphenWhenBothHalvesAreWordsOnThePage()
    {
        var page = new GlyphPage()
            .Text("Cut food waste and checked food-", 72, 100)
            .Text("safety records; safety first", 72, 112);

        Assert.Equal(["Cut food waste and checked food-safety", "records; safety first"], page.LineTexts());
    }

    [Theory]
    [InlineData("tracemonkey", "RemoveHyphen")]
    [InlineData("tracing", "None")]
    public void JoinsANameBrokenAtItsCapitalOnlyWhereThePageWritesItWhole(string pageWord, string expected)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal) { pageWord, "we" };

        Assert.Equal(expected, Hyphenation.Decide("the resulting VM Trace-", "Monkey. It supports", vocabulary).ToString());
    }

    [Theory]
    [InlineData(true, "RemoveHyphen")]
    [InlineData(false, "None")]
    public void JoinsACamelCaseNameBrokenInJustifiedTextOnly(bool justified, string expected)
    {
        Assert.Equal(expected, Hyphenation.Decide("RDS PostgreSQL; Cloud-", "Front CDN.", justified: justified).ToString());
    }

    [Fact]
    public void JoinsACamelCaseNameBrokenAtTheEndOfAJustifiedLine()
    {
        var page = new GlyphPage()
            .Text("Moved from Heroku to AWS ECS; Cloud-", 72, 100)
            .Text("Front CDN and RDS with read replicas", 72, 112)
            .Text("for the shop.", 72, 124);

        Assert.Equal(["Moved from Heroku to AWS ECS; CloudFront", "CDN and RDS with read replicas", "for the shop."], page.LineTexts());
    }

    [Fact]
    public void KeepsACapitalisedCompoundBrokenAtTheEndOfARaggedLine()
    {
        var page = new GlyphPage()
            .Text("Led the migration of a monolith to services as", 72, 100)
            .Text("Senior Full-", 72, 112)
            .Text("Stack Engineer", 72, 124);

        Assert.Equal(["Led the migration of a monolith to services as", "Senior Full-", "Stack Engineer"], page.LineTexts());
    }

    [Fact]
    public void JoinsAHyphenatedWordAcrossLinesOfOneParagraph()
    {
        var page = new GlyphPage()
            .Text("five years of develop-", 72, 100)
            .Text("ment experience", 72, 112);

        Assert.Equal(["five years of development", "experience"], page.LineTexts());
    }

    [Fact]
    public void KeepsACompoundHyphenAndDropsTheEmptiedLine()
    {
        var page = new GlyphPage()
            .Text("delivered end-", 72, 100)
            .Text("to-end", 72, 112);

        Assert.Equal(["delivered end-to-end"], page.LineTexts());
    }

    [Fact]
    public void DoesNotJoinAcrossBlocks()
    {
        var page = new GlyphPage()
            .Text("left column ends with develop-", 72, 100)
            .Text("ment far below", 72, 200);

        Assert.Equal(["left column ends with develop-", "ment far below"], page.LineTexts());
    }
}
