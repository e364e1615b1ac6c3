using SkillGap.Core.Sections;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>The lower-case section names used in training data and model features.</summary>
public static class SectionNames
{
    public static string ToName(SectionKind section) => section.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out SectionKind section)
    {
        section = SectionKind.Unknown;
        return name is not null
            && name.All(char.IsAsciiLetterLower)
            && Enum.TryParse(name, ignoreCase: true, out section);
    }
}
