using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

/// <summary>The training data and model as committed; the test project copies data/ and models/ beside the tests.</summary>
internal static class CommittedFiles
{
    public static string ModelPath => Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.json");

    public static string DataPath => Path.Combine(AppContext.BaseDirectory, "data", "training", "disambiguation.jsonl");

    public static Lazy<DisambiguationModel> Model { get; } = new(() => DisambiguationModel.FromJson(File.ReadAllText(ModelPath)));

    public static Lazy<IReadOnlyList<LabelledMention>> Examples { get; } = new(() =>
    {
        var parsed = TrainingSet.Parse(File.ReadAllText(DataPath));
        Assert.Empty(parsed.Errors);
        return parsed.Examples;
    });
}
