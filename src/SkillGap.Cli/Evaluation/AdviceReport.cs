namespace SkillGap.Cli.Evaluation;

/// <summary>Advice-rule violation counts (a)–(f) per format and overall; with --verbose every violation.</summary>
internal static class AdviceReport
{
    /// <summary>Format (and "overall") → rule → violations, for the JSON report.</summary>
    public static Dictionary<string, Dictionary<string, int>> Counts(IReadOnlyList<DocumentOutcome> outcomes) =>
        Groups(outcomes).ToDictionary(
            g => g.Format,
            g => AdviceRuleChecker.Rules.ToDictionary(rule => rule.ToString(), rule => g.Outcomes.Sum(o => o.AdviceViolations.Count(v => v.Rule == rule))));

    public static void Print(IReadOnlyList<DocumentOutcome> outcomes, bool verbose, TextWriter output)
    {
        var analysed = outcomes.Count(o => o.Failure is null);
        output.WriteLine();
        output.WriteLine($"Certification path advice: rule violations over every role's path ({analysed} analysed documents x 4 roles), checked from the catalogue and the analysis.");
        output.WriteLine($"{"format",-18} {"docs",5} | {"a",4} {"b",4} {"c",4} {"d",4} {"e",4} {"f",4} | {"total",5}");
        output.WriteLine(new string('-', 60));
        foreach (var (format, group) in Groups(outcomes))
        {
            var counts = AdviceRuleChecker.Rules.Select(rule => group.Sum(o => o.AdviceViolations.Count(v => v.Rule == rule))).ToList();
            output.WriteLine($"{format,-18} {group.Count,5} | {string.Join(" ", counts.Select(c => $"{c,4}"))} | {counts.Sum(),5}");
        }

        output.WriteLine("(a) held or passed step, (b) prerequisites and order, (c) level for experience, (d) clouds, (e) cloud + tool pair and heaviest core gap, (f) hours, closes, why and per-hour order");
        var heldByLabels = outcomes.SelectMany(o => o.AdviceStepsHeldByLabels.Select(step => $"{o.Labels.Id} [{o.Format}] {step}")).ToList();
        output.WriteLine($"steps the labels say are held (a held certification the reader missed, advised again): {heldByLabels.Count}");
        if (verbose)
        {
            foreach (var line in heldByLabels)
            {
                output.WriteLine($"  held by the labels: {line}");
            }

            foreach (var o in outcomes.Where(o => o.AdviceViolations.Count > 0))
            {
                foreach (var v in o.AdviceViolations)
                {
                    output.WriteLine($"  {o.Labels.Id} [{o.Format}] {v.RoleId} ({v.Rule}) {v.Detail}");
                }
            }
        }
    }

    private static IEnumerable<(string Format, List<DocumentOutcome> Outcomes)> Groups(IReadOnlyList<DocumentOutcome> outcomes) =>
        outcomes
            .GroupBy(o => o.Format, StringComparer.Ordinal)
            .OrderBy(g => EvalSetFiles.FormatOrder(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList()))
            .Append((EvalSummary.Overall, outcomes.ToList()));
}
