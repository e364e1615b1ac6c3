using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Tests.Sections;

public class SectionDetectorTests
{
    private static SectionMap Detect(params DocumentLine[] lines) =>
        SectionDetector.Detect(new ExtractedDocument(ResumeFormat.Docx, 1, lines, []));

    private static DocumentLine Plain(string text) => new(1, text, LineHints.None);

    [Theory]
    [InlineData("Work history", SectionKind.Experience)]
    [InlineData("PROFESSIONAL EXPERIENCE", SectionKind.Experience)]
    [InlineData("Technical Skills:", SectionKind.Skills)]
    [InlineData("Licenses & Certifications", SectionKind.Certifications)]
    [InlineData("Core competencies", SectionKind.Skills)]
    [InlineData("Hobbies and interests", SectionKind.Interests)]
    [InlineData("Referees", SectionKind.References)]
    [InlineData("Education", SectionKind.Education)]
    public void RecognisesHeadingSpellings(string heading, SectionKind expected)
    {
        var map = Detect(Plain("Jane Doe"), Plain(heading), Plain("something under it"));
        Assert.True(map.IsHeading(1));
        Assert.Equal(expected, map.KindOf(2));
        Assert.Equal(SectionKind.Contact, map.KindOf(0));
    }

    [Fact]
    public void ABareAmbiguousWordIsAHeadingOnlyWhenItLooksLikeOne()
    {
        var plain = Detect(Plain("Tools"), Plain("Jenkins"));
        Assert.False(plain.IsHeading(0));
        var bold = Detect(new DocumentLine(1, "Tools", new LineHints(Bold: true)), Plain("Jenkins"));
        Assert.Equal(SectionKind.Skills, bold.KindOf(1));
    }

    [Fact]
    public void LongLineMentioningAHeadingWordIsNotAHeading()
    {
        var map = Detect(Plain("Experience"), Plain("Gained experience in skills that matter to references and interests"));
        Assert.False(map.IsHeading(1));
        Assert.Equal(SectionKind.Experience, map.KindOf(1));
    }

    [Fact]
    public void InlineInterestsLineBelongsToInterestsWithoutMovingTheSection()
    {
        var map = Detect(Plain("Experience"), Plain("Interests: chess, puppetry"), Plain("Ran Kubernetes"));
        Assert.Equal(SectionKind.Interests, map.KindOf(1));
        Assert.Equal(SectionKind.Experience, map.KindOf(2));
    }

    [Fact]
    public void HeadingStyleMarksASingleWordHeading()
    {
        var map = Detect(new DocumentLine(1, "Projects", new LineHints(HeadingLevel: 2)), Plain("Homelab"));
        Assert.Equal(SectionKind.Projects, map.KindOf(1));
    }

    [Theory]
    [InlineData("Teaching experience")]
    [InlineData("RESEARCH AND ENGINEERING EXPERIENCE")]
    [InlineData("Berufserfahrung / Work experience")]
    public void StyledHeadingsEndingInExperienceOrBilingualHeadingsAreExperience(string heading)
    {
        var map = Detect(new DocumentLine(1, heading, new LineHints(Bold: true)), Plain("Ran Kubernetes"));
        Assert.True(map.IsHeading(0));
        Assert.Equal(SectionKind.Experience, map.KindOf(1));
    }

    [Fact]
    public void APlainSummaryLineAboutExperienceIsNotAHeading()
    {
        var map = Detect(Plain("Summary"), Plain("Hands-on DevOps experience"), Plain("Ran Kubernetes"));
        Assert.False(map.IsHeading(1));
        Assert.Equal(SectionKind.Summary, map.KindOf(2));
    }
}
