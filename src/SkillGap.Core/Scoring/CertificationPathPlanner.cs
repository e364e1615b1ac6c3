using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Scoring;

/// <summary>
/// An ordered path of one to four certifications for one role, as a practitioner would advise it: nothing held or
/// below a held step of its ladder; formal prerequisites (and, for a beginner, an associate from the same issuer) before
/// the exam that needs them; the clouds the resume uses, a second one only when the role counts it as core; one cloud
/// and one tool certification; the heaviest core gap a certification covers; then by gap weight closed per hour.
/// </summary>
public static class CertificationPathPlanner
{
    public const int MaxSteps = 4;

    // A step beyond the required ones must close at least one important skill (or two bonus ones) to be worth an exam;
    // a first step only has to close something.
    private const int MinExtraStepWeight = 2;
    private const int MaxDependencyDepth = 4;

    /// <param name="resumeClouds">Clouds the resume writes ("aws", "azure", "gcp"); held certifications add theirs.</param>
    /// <param name="technicalYears">Years of technical work (<c>ExperienceSummary.TotalYears</c>; 0 when no dated job was read).</param>
    public static CertificationPath Plan(
        RoleProfile role, IReadOnlyList<RoleGap> gaps, IReadOnlySet<string> held, IReadOnlySet<string> resumeClouds, double technicalYears, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(resumeClouds);
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new CertificationPathContext(role, gaps, held, resumeClouds, technicalYears, catalog);
        var candidates = context.Catalog.Certifications.Where(c => context.CanTake(c) && c.Covers.Any(context.GapWeights.ContainsKey)).ToList();
        var ordered = Order(Select(candidates, context), context);
        ordered = RestorePair(ordered, candidates, context);
        return CertificationStepWriter.Write(ordered, context);
    }

    /// <summary>
    /// Ordering can leave a pair member closing nothing (a later pick covered the same gaps) and drop it; when another
    /// certification of that kind still closes an important skill's weight, it takes the place (the last free one, or the
    /// last step nothing else needs).
    /// </summary>
    private static List<Certification> RestorePair(List<Certification> ordered, List<Certification> candidates, CertificationPathContext context)
    {
        foreach (var kind in new Func<Certification, bool>[] { c => c.IsCloudCertification, c => c.IsToolCertification })
        {
            if (ordered.Any(kind))
            {
                continue;
            }

            var steps = ordered.ToList();
            if (steps.Count == MaxSteps && steps.LastOrDefault(s => !kind(s) && !steps.Any(l => Dependencies(l, steps, context).Any(g => g.Contains(s)))) is { } last)
            {
                steps.Remove(last);
            }

            if (Best(candidates, c => kind(c) && Weight([c], Closed(steps, context), context) >= MinExtraStepWeight, MaxSteps - steps.Count, steps, context) is { } unit)
            {
                ordered = Order([.. steps, .. unit], context);
            }
        }

        return ordered;
    }

    private static List<Certification> Select(List<Certification> candidates, CertificationPathContext context)
    {
        var chosen = new List<Certification>();
        bool Exists(Func<Certification, bool> kind) => candidates.Any(c => kind(c) && WorthPairing(c, context)) && !chosen.Any(kind);
        static bool IsCloud(Certification c) => c.IsCloudCertification;
        static bool IsTool(Certification c) => c.IsToolCertification;

        // The cloud + tool pair first, then the heaviest core gap a certification covers if the pair leaves it open;
        // each leaves room for what is still to come.
        if (Exists(IsCloud) && Best(candidates, c => IsCloud(c) && WorthPairing(c, context), MaxSteps - 2, chosen, context) is { } cloud)
        {
            chosen.AddRange(cloud);
        }

        if (Exists(IsTool) && Best(candidates, c => IsTool(c) && WorthPairing(c, context), MaxSteps - 1 - chosen.Count, chosen, context) is { } tool)
        {
            chosen.AddRange(tool);
        }

        var closed = Closed(chosen, context);
        foreach (var gap in context.Gaps.Where(g => g.Tier == "core"))
        {
            if (closed.Contains(gap.SkillId))
            {
                break;
            }

            if (Best(candidates, c => c.Covers.Contains(gap.SkillId), MaxSteps - chosen.Count, chosen, context) is { } unit)
            {
                chosen.AddRange(unit);
                break;
            }
        }

        while (chosen.Count < MaxSteps && Best(candidates, _ => true, MaxSteps - chosen.Count, chosen, context) is { } more
            && Weight(more, Closed(chosen, context), context) >= (chosen.Count == 0 ? 1 : MinExtraStepWeight))
        {
            chosen.AddRange(more);
        }

        return chosen;
    }

    /// <summary>The pair is advised when a certification of that kind closes at least an important skill's weight of the role's gaps.</summary>
    private static bool WorthPairing(Certification cert, CertificationPathContext context) =>
        Weight([cert], [], context) >= MinExtraStepWeight;

    /// <summary>The best unit (a certification with the steps it needs first) by gap weight closed per hour, or null.</summary>
    private static List<Certification>? Best(List<Certification> candidates, Func<Certification, bool> filter, int room, List<Certification> chosen, CertificationPathContext context)
    {
        var closed = Closed(chosen, context);
        return candidates
            .Where(c => !chosen.Contains(c) && filter(c))
            .Select(c => Unit(c, chosen, context, 0))
            .OfType<List<Certification>>()
            .Where(u => u.Count > 0 && u.Count <= room && Weight(u, closed, context) > 0)
            .OrderByDescending(u => (double)Weight(u, closed, context) / u.Sum(c => c.PreparationHours))
            .ThenByDescending(u => Weight(u, closed, context))
            .ThenBy(u => u[^1].Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// The certification with what it needs first that is not held or chosen: one of its formal prerequisites (the best
    /// one), and for a beginner one of its recommended predecessors. Null when that cannot be met.
    /// </summary>
    private static List<Certification>? Unit(Certification cert, List<Certification> chosen, CertificationPathContext context, int depth)
    {
        if (depth > MaxDependencyDepth)
        {
            return null;
        }

        var unit = new List<Certification>();
        var closed = Closed(chosen, context);
        if (cert.Prerequisites.Count > 0 && !cert.Prerequisites.Any(p => context.IsPassed(p) || chosen.Any(c => c.Id == p)))
        {
            var prerequisite = BestOf(cert.Prerequisites.Select(context.Catalog.FindCertification).OfType<Certification>().Where(context.CanTake), chosen, closed, context, depth);
            if (prerequisite is null)
            {
                return null;
            }

            unit.AddRange(prerequisite);
        }

        // A beginner takes the recommended step first too (KCNA before CGOA, Cloud Practitioner before an associate).
        if (context.IsBeginner && cert.RecommendedAfter.Count > 0 && !cert.RecommendedAfter.Any(p => context.IsPassed(p) || chosen.Concat(unit).Any(c => c.Id == p)))
        {
            var before = BestOf(cert.RecommendedAfter.Select(context.Catalog.FindCertification).OfType<Certification>().Where(context.CanTake), chosen.Concat(unit).ToList(), closed, context, depth);
            if (before is null)
            {
                return null;
            }

            unit.AddRange(before);
        }

        unit.Add(cert);
        return unit.Where(c => !chosen.Contains(c)).Distinct().ToList();
    }

    private static List<Certification>? BestOf(IEnumerable<Certification> options, List<Certification> chosen, HashSet<string> closed, CertificationPathContext context, int depth) =>
        options
            .Select(o => Unit(o, chosen, context, depth + 1))
            .OfType<List<Certification>>()
            .OrderByDescending(u => (double)Weight(u, closed, context) / u.Sum(c => c.PreparationHours))
            .ThenBy(u => u.Sum(c => c.PreparationHours))
            .ThenBy(u => u[^1].Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// Takes, at each place, the step with the most gap weight closed per hour among those whose prerequisites are already
    /// held or placed; then drops a step that closes nothing new and nothing later needs, and orders again.
    /// </summary>
    private static List<Certification> Order(List<Certification> chosen, CertificationPathContext context)
    {
        var steps = chosen.ToList();
        while (true)
        {
            var placed = new List<Certification>();
            var closed = new HashSet<string>(StringComparer.Ordinal);
            var remaining = steps.ToList();
            while (remaining.Count > 0)
            {
                var ready = remaining.Where(c => Dependencies(c, steps, context).All(group => group.Any(placed.Contains))).ToList();
                var next = (ready.Count > 0 ? ready : remaining)
                    .OrderByDescending(c => (double)Weight([c], closed, context) / c.PreparationHours)
                    .ThenBy(c => c.PreparationHours)
                    .ThenBy(c => c.Id, StringComparer.Ordinal)
                    .First();
                placed.Add(next);
                remaining.Remove(next);
                closed.UnionWith(next.Covers.Where(context.GapWeights.ContainsKey));
            }

            var useless = placed.Where((c, i) =>
                Weight([c], Closed(placed.Take(i).ToList(), context), context) == 0
                && !placed.Skip(i + 1).Any(later => Dependencies(later, steps, context).Any(group => group.Count == 1 && group[0] == c))).ToList();
            if (useless.Count == 0)
            {
                return placed;
            }

            steps.RemoveAll(useless.Contains);
        }
    }

    /// <summary>Groups of chosen steps that must come before this one (one of each group): formal, then recommended.</summary>
    internal static List<List<Certification>> Dependencies(Certification cert, List<Certification> steps, CertificationPathContext context)
    {
        var groups = new List<List<Certification>>();
        if (cert.Prerequisites.Count > 0 && !cert.Prerequisites.Any(context.IsPassed))
        {
            groups.Add(steps.Where(s => cert.Prerequisites.Contains(s.Id)).ToList());
        }

        if (context.IsBeginner && cert.RecommendedAfter.Count > 0 && !cert.RecommendedAfter.Any(context.IsPassed))
        {
            groups.Add(steps.Where(s => cert.RecommendedAfter.Contains(s.Id)).ToList());
        }

        // When both are in the path, the recommended one comes first, whatever the experience.
        groups.AddRange(steps.Where(s => cert.RecommendedAfter.Contains(s.Id)).Select(s => new List<Certification> { s }));
        return groups.Where(g => g.Count > 0).ToList();
    }

    internal static HashSet<string> Closed(IEnumerable<Certification> steps, CertificationPathContext context) =>
        steps.SelectMany(c => c.Covers).Where(context.GapWeights.ContainsKey).ToHashSet(StringComparer.Ordinal);

    internal static int Weight(IEnumerable<Certification> unit, HashSet<string> closed, CertificationPathContext context) =>
        unit.SelectMany(c => c.Covers).Distinct(StringComparer.Ordinal).Where(s => !closed.Contains(s) && context.GapWeights.ContainsKey(s)).Sum(s => context.GapWeights[s]);
}
