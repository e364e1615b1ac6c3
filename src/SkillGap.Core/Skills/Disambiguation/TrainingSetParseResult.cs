namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>The examples that parsed, and one message per line that did not (each naming its line number).</summary>
public sealed record TrainingSetParseResult(IReadOnlyList<LabelledMention> Examples, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
