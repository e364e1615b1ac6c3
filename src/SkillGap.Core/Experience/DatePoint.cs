namespace SkillGap.Core.Experience;

/// <summary>A date as a resume writes it: a year, and the month when one is given.</summary>
public readonly record struct DatePoint(int Year, int? Month)
{
    /// <summary>"2019-03", or "2019" when only the year was written.</summary>
    public override string ToString() => Month is { } month ? $"{Year:D4}-{month:D2}" : $"{Year:D4}";
}
