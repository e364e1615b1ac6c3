namespace SkillGap.Cli.Evaluation;

/// <summary>Micro-averaged scores per producer and overall, with cross-format agreement of the text skill sets.</summary>
public static class EvalSummary
{
    public const string Overall = "overall";

    public static IReadOnlyList<FormatSummary> Build(IReadOnlyList<DocumentOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var byResume = outcomes
            .GroupBy(o => o.Labels.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var summaries = outcomes
            .GroupBy(o => o.Format, StringComparer.Ordinal)
            .OrderBy(g => EvalSetFiles.FormatOrder(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, g.ToList(), AgreementOf(g.Key, byResume)))
            .ToList();
        summaries.Add(Summarise(Overall, outcomes, byResume.Values.SelectMany(r => SetScores.PairwiseJaccard(r.Select(o => o.TextSkills).ToList())).ToList()));
        return summaries;
    }

    /// <summary>Jaccard of this format's skill set against each other rendering of the same resume.</summary>
    private static List<double> AgreementOf(string format, Dictionary<string, List<DocumentOutcome>> byResume)
    {
        var values = new List<double>();
        foreach (var renderings in byResume.Values)
        {
            var mine = renderings.FirstOrDefault(o => o.Format == format);
            if (mine is null)
            {
                continue;
            }

            values.AddRange(renderings.Where(o => o.Format != format).Select(o => SetScores.Jaccard(mine.TextSkills, o.TextSkills)));
        }

        return values;
    }

    private static FormatSummary Summarise(string format, IReadOnlyList<DocumentOutcome> group, List<double> agreement) => new(
        format,
        group.Count,
        group.Count(o => o.Failure is not null),
        group.Aggregate(default(MatchCounts), (sum, o) => sum + o.Skills),
        group.Aggregate(default(MatchCounts), (sum, o) => sum + o.CertificationCounts),
        group.Count(o => o.RoleCorrect),
        group.SelectMany(o => o.TrapHits.Select(skill => new TrapHit(o.Labels.Id, o.Format, skill))).ToList(),
        agreement.Count == 0 ? null : agreement.Average(),
        agreement.Count == 0 ? null : agreement.Min(),
        group.Aggregate(default(ExperienceScore), (sum, o) => sum + o.ExperienceScore));
}
