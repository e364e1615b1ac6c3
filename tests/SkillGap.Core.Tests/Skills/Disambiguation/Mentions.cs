using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

internal static class Mentions
{
    /// <summary>The mention of the <paramref name="occurrence"/>-th whole-word, exact-case <paramref name="alias"/> in the text.</summary>
    public static MentionContext In(string text, string alias, string skillId, SectionKind section = SectionKind.Experience, int occurrence = 0)
    {
        var start = AliasOccurrences.Find(text, alias)[occurrence];
        return new MentionContext(text, start, alias.Length, skillId, section);
    }

    public static LabelledMention Labelled(string text, string alias, string skillId, bool label, SectionKind section = SectionKind.Experience) =>
        new(In(text, alias, skillId, section), 0, label);
}
