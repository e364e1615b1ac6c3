using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

public sealed class DataSplitTests
{
    [Fact]
    public void HoldsOutAboutAFifthOfTheCommittedData()
    {
        var examples = CommittedFiles.Examples.Value;

        var split = DataSplit.ByTextHash(examples);

        Assert.Equal(examples.Count, split.Train.Count + split.Test.Count);
        Assert.InRange(split.Test.Count, examples.Count * 0.15, examples.Count * 0.25);
        Assert.Empty(split.Train.Select(e => e.Mention.Text).Intersect(split.Test.Select(e => e.Mention.Text)));
    }

    [Fact]
    public void KeepsAnExampleInItsSplitWhenOtherExamplesAreAdded()
    {
        var examples = CommittedFiles.Examples.Value;
        var before = DataSplit.ByTextHash(examples.Take(100).ToList());

        var after = DataSplit.ByTextHash(examples);

        Assert.All(before.Test, example => Assert.Contains(example, after.Test));
        Assert.All(before.Train, example => Assert.Contains(example, after.Train));
    }
}
