namespace SkillGap.Core.Experience;

/// <summary>How long and how recently a skill was used in dated jobs.</summary>
/// <param name="Months">Months of the jobs mentioning it, overlaps counted once.</param>
/// <param name="LastUsed">End year of the latest such job; today's year while it continues.</param>
public sealed record SkillUsage(int Months, int LastUsed);
