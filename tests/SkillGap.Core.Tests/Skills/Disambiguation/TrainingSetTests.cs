using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class TrainingSetTests
{
    [Fact]
    public void ParsesALineIntoAMentionAtTheLabelledOccurrence()
    {
        const string line = """{"text": "Go-live of our Go services", "alias": "Go", "skillId": "go", "occurrence": 1, "section": "experience", "label": true}""";

        var result = TrainingSet.Parse(line + "\n\n");

        var example = Assert.Single(result.Examples);
        Assert.Empty(result.Errors);
        Assert.Equal(15, example.Mention.Start);
        Assert.Equal(2, example.Mention.Length);
        Assert.Equal("go", example.Mention.SkillId);
        Assert.Equal(SectionKind.Experience, example.Mention.Section);
        Assert.True(example.Label);
    }

    [Theory]
    [InlineData("""{"text": "Chef cookbooks", "alias": "Chef", "skillId": "chef", "occurrence": 1, "section": "skills", "label": true}""", "'occurrence' is 1 but 'Chef' appears 1 time(s)")]
    [InlineData("""{"text": "Chef cookbooks", "alias": "Chef", "skillId": "chef", "occurrence": 0, "section": "hobbies", "label": true}""", "'section' must be one of")]
    [InlineData("""{"text": "Chef cookbooks", "alias": "Chef", "skillId": "chef", "occurrence": 0, "section": "skills", "label": "yes"}""", "'label' must be true or false")]
    [InlineData("""{"text": "Chef cookbooks", "alias": "Chef", "occurrence": 0, "section": "skills", "label": true}""", "'skillId' must be a non-empty string")]
    [InlineData("""{"text": "chef cookbooks", "alias": "Chef", "skillId": "chef", "occurrence": 0, "section": "skills", "label": true}""", "appears 0 time(s)")]
    [InlineData("""{"text": "Chef cookbooks", """, "not valid JSON")]
    public void ReportsABadLineWithItsLineNumber(string badLine, string expected)
    {
        const string good = """{"text": "Chef cookbooks", "alias": "Chef", "skillId": "chef", "occurrence": 0, "section": "skills", "label": true}""";

        var result = TrainingSet.Parse($"{good}\n{good}\n{badLine}\n");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("line 3: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(2, result.Examples.Count);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void CommittedTrainingDataParsesAndCoversEveryAliasBothWays()
    {
        var examples = CommittedFiles.Examples.Value;

        Assert.True(examples.Count >= 600, $"only {examples.Count} examples");
        var oneSided = examples.GroupBy(example => example.Alias)
            .Where(group => group.Count() >= 4 && (group.All(e => e.Label) || group.All(e => !e.Label)))
            .Select(group => group.Key);
        Assert.Empty(oneSided);
        Assert.Equal(examples.Count, examples.Select(e => e.Mention.Text).Distinct().Count());
    }
}
