using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Seniority from technical years (junior under 2, mid under 5, senior under 8, staff from 8), then what the jobs
/// say, each step stated as a reason:
/// <list type="bullet">
/// <item>the latest title caps it: an intern, trainee, junior, graduate or apprentice is junior whatever came before
/// (years of other work do not make someone senior in a new field); a "II"/"Associate" or a support-desk title
/// (help desk, service desk, "2nd line", support technician) is mid at most: those are entry rungs of the ladders we score;</item>
/// <item>staff takes a staff signal as well as years: a staff, principal, lead, head-of or architect title in the latest
/// role, or setting strategy or technical direction, or mentoring across teams. Eight years without one is senior;</item>
/// <item>a staff-level title in the latest role, or leading, architecting or mentoring in two roles, raises one level:
/// years alone undersell people who grew fast.</item>
/// </list>
/// Earlier junior titles are ordinary career steps. Only jobs that count (see <see cref="TechnicalJob"/>) are passed in.
/// </summary>
internal static partial class SeniorityEstimator
{
    private const int RolesForVerbSignal = 2;
    private const int OtherTitlesShown = 3;
    private const int Junior = 0;
    private const int Mid = 1;
    private const int Senior = 2;
    private const int Staff = 3;

    /// <param name="entries">The jobs that count.</param>
    /// <param name="years">Their years, overlaps counted once.</param>
    /// <param name="otherTitles">Titles of the jobs that do not count, to say what was left out.</param>
    /// <param name="otherYears">Years covered only by those jobs.</param>
    public static (string Level, List<string> Reasons) Estimate(IReadOnlyList<DatedEntry> entries, double years, IReadOnlyList<string>? otherTitles = null, double otherYears = 0)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var level = years switch
        {
            < 2 => Junior,
            < 5 => Mid,
            < 8 => Senior,
            _ => Staff,
        };
        var reasons = new List<string> { $"{Years(years)} years of technical experience ({SeniorityLevels.InOrder[level]} by years)" };
        if (otherTitles is { Count: > 0 })
        {
            var titles = string.Join(", ", otherTitles.Take(OtherTitlesShown)) + (otherTitles.Count > OtherTitlesShown ? "…" : "");
            reasons.Add($"{Years(otherYears)} years of other experience not counted ({titles})");
        }

        if (entries.Count == 0)
        {
            return (SeniorityLevels.InOrder[level], reasons);
        }

        var latest = entries.OrderByDescending(e => e.LatestMonth).ThenByDescending(e => e.FirstLine).First();
        if (JuniorTitle().Match(latest.Title) is { Success: true } junior && !StaffTitle().IsMatch(latest.Title))
        {
            return Capped(level, Junior, $"latest role is titled '{junior.Value.ToLowerInvariant()}'", reasons);
        }

        if (EntryRungTitle().Match(latest.Title) is { Success: true } rung)
        {
            return Capped(level, Mid, $"latest role is titled '{rung.Value}', an entry rung", reasons);
        }

        var verbs = entries
            .SelectMany(e => RaisingVerb().Matches(e.Text).Select(m => (Word: m.Value.ToLowerInvariant(), Entry: e)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Roles: g.Select(p => p.Entry).Distinct().Count()))
            .OrderByDescending(p => p.Roles)
            .ThenBy(p => p.Word, StringComparer.Ordinal)
            .ToList();
        reasons.AddRange(verbs.Select(v => $"'{v.Word}' in {v.Roles} role{(v.Roles == 1 ? "" : "s")}"));
        var staffTitle = StaffTitle().Match(latest.Title);
        var staffWork = entries.Select(e => StaffWork().Match(e.Text)).FirstOrDefault(m => m.Success);
        if (staffTitle.Success)
        {
            reasons.Add($"latest role is titled '{staffTitle.Value.ToLowerInvariant()}'");
        }

        if (staffWork is not null)
        {
            reasons.Add($"'{Spaces().Replace(staffWork.Value, " ").ToLowerInvariant()}' shows staff-level work");
        }

        var raise = staffTitle.Success || entries.Count(e => RaisingVerb().IsMatch(e.Text)) >= RolesForVerbSignal;
        if (raise && level < Staff)
        {
            reasons.Add($"raised one level to {SeniorityLevels.InOrder[level + 1]}");
            return (SeniorityLevels.InOrder[level + 1], reasons);
        }

        if (level == Staff && !staffTitle.Success && staffWork is null)
        {
            reasons.Add("no staff signal (a staff, principal or lead title, setting strategy, mentoring across teams): senior");
            return (SeniorityLevels.Senior, reasons);
        }

        return (SeniorityLevels.InOrder[level], reasons);
    }

    private static (string, List<string>) Capped(int level, int cap, string reason, List<string> reasons)
    {
        reasons.Add(reason);
        if (level > cap)
        {
            reasons.Add($"{SeniorityLevels.InOrder[cap]} at most");
        }

        return (SeniorityLevels.InOrder[Math.Min(level, cap)], reasons);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Years(double years) => years.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:led|architected|mentored)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaisingVerb();

    [GeneratedRegex(
        @"\b(?:set(?:ting)?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:strategy|direction|roadmap)|technical\s+direction|mentor(?:ed|ing)\b[^.]{0,60}\bacross\b[^.]{0,20}\bteams|across\s+(?:\d+|two|three|four|five|several|multiple|all)\s+teams)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffWork();

    [GeneratedRegex(@"\b(?:lead|principal|staff|head of|architect|director|distinguished)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffTitle();

    [GeneratedRegex(@"\b(?:intern|internship|trainee|junior|graduate|apprentice|working student)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JuniorTitle();

    // "Network Engineer II", "Associate Engineer", "2nd Line IT Support Analyst", "Help Desk Technician", "IT Support Specialist".
    [GeneratedRegex(
        @"(?<=\s)(?:I|II|2)(?=\s*$|\s*[,(])|\bassociate (?:engineer|developer|administrator|consultant)\b|\b(?:help ?desk|service desk|(?:1st|2nd|first|second)[- ]line|tier [12]|(?:it |technical |desktop )?support (?:technician|analyst|specialist|agent))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EntryRungTitle();
}
