using System.Globalization;
using SkillGap.Core.Analysis;

namespace SkillGap.Core.Scoring;

/// <summary>
/// What a career switcher already brings to a role: the skills written in their resume that the role weighs
/// most, times the strength of their evidence, phrased with how long and how recently ("BGP (4 years, used until 2024)").
/// </summary>
public static class TransferableStrengths
{
    public const int MaxStrengths = 6;

    public static List<string> From(IReadOnlyList<MatchedSkill> matched, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matched);
        return matched
            .Select((skill, index) => (skill, index))
            .Where(p => p.skill.Source == SkillSources.Text)
            .OrderByDescending(p => RoleScorer.TierWeight(p.skill.Tier) * p.skill.Credit)
            .ThenByDescending(p => p.skill.Months ?? 0)
            .ThenBy(p => p.index)
            .Take(MaxStrengths)
            .Select(p => Phrase(p.skill, today))
            .ToList();
    }

    public static string Phrase(MatchedSkill skill, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(skill);
        if (skill.Months is not { } months || skill.LastUsed is not { } lastUsed)
        {
            return $"{skill.Name} (listed without dates)";
        }

        var when = lastUsed >= today.Year ? "in use this year" : $"used until {lastUsed.ToString(CultureInfo.InvariantCulture)}";
        return $"{skill.Name} ({Duration(months)}, {when})";
    }

    /// <summary>"8 months", "1 year", "4.5 years".</summary>
    public static string Duration(int months)
    {
        if (months < 12)
        {
            return months == 1 ? "1 month" : $"{months.ToString(CultureInfo.InvariantCulture)} months";
        }

        var years = Math.Round(months / 12.0 * 2, MidpointRounding.AwayFromZero) / 2;
        return years == 1 ? "1 year" : $"{years.ToString("0.#", CultureInfo.InvariantCulture)} years";
    }
}
