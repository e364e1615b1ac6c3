using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Seniority from dated years (junior under 2, mid under 5, senior under 8, staff from 8), moved by at most one
/// level by what the jobs say. Leading, architecting, mentoring or setting strategy in two jobs, or a lead,
/// principal, staff or head-of title in the latest one, raises it: years alone undersell people who grew fast.
/// An intern, trainee, junior, graduate or apprentice title in the latest job lowers it: years of other work
/// (teaching, retail) do not make someone senior in a new field. Earlier junior titles are ordinary career steps.
/// Only jobs that count (see <see cref="TechnicalJob"/>) are passed in; the others are named in the reasons.
/// </summary>
internal static partial class SeniorityEstimator
{
    private const int RolesForVerbSignal = 2;

    private const int OtherTitlesShown = 3;

    /// <param name="entries">The jobs that count.</param>
    /// <param name="years">Their years, overlaps counted once.</param>
    /// <param name="otherTitles">Titles of the jobs that do not count, to say what was left out.</param>
    /// <param name="otherYears">Years covered only by those jobs.</param>
    public static (string Level, List<string> Reasons) Estimate(IReadOnlyList<DatedEntry> entries, double years, IReadOnlyList<string>? otherTitles = null, double otherYears = 0)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var level = years switch
        {
            < 2 => 0,
            < 5 => 1,
            < 8 => 2,
            _ => 3,
        };
        var reasons = new List<string> { $"{years.ToString("0.#", CultureInfo.InvariantCulture)} years of technical experience ({SeniorityLevels.InOrder[level]} by years)" };
        if (otherTitles is { Count: > 0 })
        {
            var titles = string.Join(", ", otherTitles.Take(OtherTitlesShown)) + (otherTitles.Count > OtherTitlesShown ? "…" : "");
            reasons.Add($"{otherYears.ToString("0.#", CultureInfo.InvariantCulture)} years of other experience not counted ({titles})");
        }

        if (entries.Count == 0)
        {
            return (SeniorityLevels.InOrder[level], reasons);
        }

        var latest = entries.OrderByDescending(e => e.LatestMonth).ThenByDescending(e => e.FirstLine).First();
        var verbs = entries
            .SelectMany(e => RaisingVerb().Matches(e.Text).Select(m => (Word: m.Value.ToLowerInvariant(), Entry: e)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Roles: g.Select(p => p.Entry).Distinct().Count()))
            .OrderByDescending(p => p.Roles)
            .ThenBy(p => p.Word, StringComparer.Ordinal)
            .ToList();
        var rolesWithVerbs = entries.Count(e => RaisingVerb().IsMatch(e.Text));
        var raisingTitle = RaisingTitle().Match(latest.Title);
        var loweringTitle = LoweringTitle().Match(latest.Title);

        if (loweringTitle.Success && !raisingTitle.Success)
        {
            reasons.Add($"latest role is titled '{loweringTitle.Value.ToLowerInvariant()}'");
            if (level > 0)
            {
                reasons.Add($"lowered one level to {SeniorityLevels.InOrder[level - 1]}");
            }

            return (SeniorityLevels.InOrder[Math.Max(level - 1, 0)], reasons);
        }

        reasons.AddRange(verbs.Select(v => $"'{v.Word}' in {v.Roles} role{(v.Roles == 1 ? "" : "s")}"));
        if (raisingTitle.Success)
        {
            reasons.Add($"latest role is titled '{raisingTitle.Value.ToLowerInvariant()}'");
        }

        var raise = (raisingTitle.Success || rolesWithVerbs >= RolesForVerbSignal) && level < SeniorityLevels.InOrder.Count - 1;
        if (raise)
        {
            reasons.Add($"raised one level to {SeniorityLevels.InOrder[level + 1]}");
        }

        return (SeniorityLevels.InOrder[raise ? level + 1 : level], reasons);
    }

    [GeneratedRegex(@"\b(?:led|architected|mentored|set (?:the )?(?:technical )?strategy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaisingVerb();

    [GeneratedRegex(@"\b(?:lead|principal|staff|head of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaisingTitle();

    [GeneratedRegex(@"\b(?:intern|internship|trainee|junior|graduate|apprentice|working student)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoweringTitle();
}
