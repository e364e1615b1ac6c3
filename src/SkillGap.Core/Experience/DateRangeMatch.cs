namespace SkillGap.Core.Experience;

/// <summary>A date range found in a line, and where: <see cref="Index"/> and <see cref="Length"/> are in the line.</summary>
public sealed record DateRangeMatch(DateRange Range, int Index, int Length);
