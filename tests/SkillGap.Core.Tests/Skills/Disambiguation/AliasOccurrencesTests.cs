using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class AliasOccurrencesTests
{
    [Fact]
    public void FindsOnlyWholeWordsWithTheExactCase()
    {
        var starts = AliasOccurrences.Find("Go-live, go, Golang, Go and (Go)", "Go");

        Assert.Equal([0, 21, 29], starts);
    }

    [Fact]
    public void FindsNothingWhenTheAliasIsPartOfALongerWord()
    {
        Assert.Empty(AliasOccurrences.Find("Puppetry club, Jenkinsfile", "Puppet"));
    }
}
