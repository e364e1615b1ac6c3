namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>A training example: a mention and whether it really is the skill.</summary>
/// <param name="Occurrence">Which exact-case, whole-word occurrence of the alias in the text is labelled (0-based).</param>
public sealed record LabelledMention(MentionContext Mention, int Occurrence, bool Label)
{
    public string Alias => Mention.Alias;
}
