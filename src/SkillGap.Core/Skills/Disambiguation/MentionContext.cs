using SkillGap.Core.Sections;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// One place where the matcher found an ambiguous alias: <paramref name="Text"/> is the document or line,
/// <paramref name="Start"/> and <paramref name="Length"/> locate the alias inside it.
/// </summary>
public sealed record MentionContext(string Text, int Start, int Length, string SkillId, SectionKind Section)
{
    public string Alias => Text.Substring(Start, Length);
}
