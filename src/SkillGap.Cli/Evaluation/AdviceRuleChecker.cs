using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Cli.Evaluation;

/// <summary>One broken rule of the certification path in one role's advice.</summary>
/// <param name="Rule">'a' to 'f', as issue 8 numbers them.</param>
public sealed record AdviceViolation(char Rule, string RoleId, string Detail);

/// <summary>
/// Checks every role's certification path in an analysis against the rules (a)–(f), from the catalogue and the analysis
/// alone: it does not call the planner, so a planner bug cannot hide itself. What each rule means here:
/// (a) no step held, implied by a held one (its only formal prerequisite), or below a held step of its ladder;
/// (b) a formal prerequisite held or an earlier step, and shown on the step; a recommended predecessor in the path comes
///     first; under two years of technical work, a recommended predecessor is held or an earlier step;
/// (c) under two years, no professional/expert/specialty step without an associate from its issuer held or earlier;
/// (d) cloud steps on the resume's clouds, or on one the rule allows (no cloud written: the role's heaviest cloud; else a
///     cloud the role counts as core and the resume lacks), with the reason stated;
/// (e) a cloud and a tool step whenever one the person could take would close an important skill's weight of gaps the
///     path leaves open; the first core gap a takeable certification covers is closed; a path when anything could be;
/// (f) one to four steps; hours as the catalogue says; closes = the gaps the step covers that no earlier step closes;
///     nothing-closing steps only when a later one needs them; a why; each step at least as much gap weight per hour as
///     any later step that could have been taken in its place.
/// </summary>
public static class AdviceRuleChecker
{
    public const string Rules = "abcdef";
    private const double BeginnerYears = 2;
    private const int MaxSteps = 4;
    private const int PairingWeight = 2;
    private static readonly string[] Clouds = ["aws", "azure", "gcp"];

    public static IReadOnlyList<AdviceViolation> Check(ResumeAnalysis analysis, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(catalog);
        var violations = new List<AdviceViolation>();
        foreach (var role in analysis.Roles)
        {
            violations.AddRange(CheckRole(analysis, role, catalog));
        }

        return violations;
    }

    /// <summary>
    /// Steps the person already holds by the labels (or below a labelled step of the same ladder): rule (a) measured end to
    /// end, where a held certification the reader missed turns into advice to take it.
    /// </summary>
    public static IReadOnlyList<string> StepsHeldByLabels(ResumeAnalysis analysis, IReadOnlyList<string> labelledHeld, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(labelledHeld);
        ArgumentNullException.ThrowIfNull(catalog);
        var held = labelledHeld.Select(catalog.FindCertification).OfType<Certification>().ToList();
        return analysis.Roles
            .SelectMany(r => (r.CertificationPath?.Steps ?? []).Select(s => (Role: r.Id, Step: catalog.FindCertification(s.Id))))
            .Where(p => p.Step is { } step && held.Any(h => h.Id == step.Id || (h.Ladder is not null && h.Ladder == step.Ladder && Rank(h) > Rank(step))))
            .Select(p => $"{p.Role}: {p.Step!.Id}")
            .ToList();
    }

    private static int Rank(Certification cert) => cert.Level switch { "foundational" => 1, "associate" => 2, _ => 3 };

    private static List<AdviceViolation> CheckRole(ResumeAnalysis analysis, RoleResult role, Catalog catalog)
    {
        var found = new List<AdviceViolation>();
        void Flag(char rule, string detail) => found.Add(new AdviceViolation(rule, role.Id, detail));
        if (role.CertificationPath is not { } path)
        {
            Flag('f', "no certification path");
            return found;
        }

        var person = new Person(analysis, role, catalog);
        var steps = path.Steps;
        var certs = steps.Select(s => catalog.FindCertification(s.Id)).ToList();
        if (certs.Any(c => c is null))
        {
            Flag('f', "a step names a certification the catalogue lacks");
            return found;
        }

        var chain = certs.Select(c => c!).ToList();
        if (steps.Count > MaxSteps)
        {
            Flag('f', $"{steps.Count} steps");
        }

        var closed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var cert = chain[i];
            var earlier = chain.Take(i).ToList();

            // (a)
            if (person.IsDone(cert))
            {
                Flag('a', $"{cert.Id} is held or below a held step");
            }

            // (b)
            if (cert.Prerequisites.Count > 0 && !cert.Prerequisites.Any(person.IsDone))
            {
                var by = earlier.FirstOrDefault(e => cert.Prerequisites.Contains(e.Id));
                if (by is null)
                {
                    Flag('b', $"{cert.Id} without its formal prerequisite ({string.Join(" or ", cert.Prerequisites)})");
                }
                else if (!step.Prerequisites.Any(p => p.Kind == "formal" && p.SatisfiedBy == by.Id))
                {
                    Flag('b', $"{cert.Id} does not show its prerequisite {by.Id}");
                }
            }

            foreach (var later in chain.Skip(i + 1).Where(l => cert.RecommendedAfter.Contains(l.Id)))
            {
                Flag('b', $"{cert.Id} before {later.Id}, which is recommended first");
            }

            if (person.IsBeginner && cert.RecommendedAfter.Count > 0 && !cert.RecommendedAfter.Any(person.IsDone) && !earlier.Any(e => cert.RecommendedAfter.Contains(e.Id)))
            {
                Flag('b', $"{cert.Id} for a beginner without its recommended step ({string.Join(" or ", cert.RecommendedAfter)})");
            }

            // (c)
            if (person.IsBeginner && IsProfessional(cert) && !person.HasAssociateFrom(cert.Issuer) && !earlier.Any(e => e.Issuer == cert.Issuer && !IsFoundational(e)))
            {
                Flag('c', $"{cert.Id} ({cert.Level}) with {person.Years:0.#} years and no associate from {cert.Issuer}");
            }

            // (d)
            if (cert.Cloud is { } cloud && !person.UsedClouds.Contains(cloud))
            {
                if (!person.AllowedExtraClouds.Contains(cloud))
                {
                    Flag('d', $"{cert.Id} is on {cloud}, which the resume does not use and the role does not add");
                }
                else if (string.IsNullOrWhiteSpace(step.CloudReason))
                {
                    Flag('d', $"{cert.Id} adds {cloud} without saying why");
                }
            }

            // (f)
            var closes = cert.Covers.Where(s => person.GapWeights.ContainsKey(s) && !closed.Contains(s)).ToHashSet(StringComparer.Ordinal);
            if (!closes.SetEquals(step.Closes))
            {
                Flag('f', $"{cert.Id} says it closes [{string.Join(", ", step.Closes)}], the catalogue gives [{string.Join(", ", closes.Order(StringComparer.Ordinal))}]");
            }

            if (step.PreparationHours != cert.PreparationHours || step.GapWeightClosed != closes.Sum(s => person.GapWeights[s]) || string.IsNullOrWhiteSpace(step.Why))
            {
                Flag('f', $"{cert.Id}: hours, weight closed or why missing or wrong");
            }

            if (closes.Count == 0 && !chain.Skip(i + 1).Any(l => l.Prerequisites.Contains(cert.Id) || l.RecommendedAfter.Contains(cert.Id)))
            {
                Flag('f', $"{cert.Id} closes nothing and no later step needs it");
            }

            var ratio = Ratio(cert, closed, person);
            foreach (var later in chain.Skip(i + 1).Where(l => IsReady(l, earlier, chain, person)))
            {
                if (Ratio(later, closed, person) > ratio + 1e-9)
                {
                    Flag('f', $"{later.Id} closes more gap weight per hour than {cert.Id} and could have come first");
                    break;
                }
            }

            closed.UnionWith(closes);
        }

        CheckPairingAndCoreGap(chain, closed, person, Flag);
        return found;
    }

    // (e)
    private static void CheckPairingAndCoreGap(List<Certification> path, HashSet<string> closed, Person person, Action<char, string> flag)
    {
        var takeable = person.Catalog.Certifications.Where(person.CanTake).ToList();
        foreach (var (kind, name) in new[] { ("cloud", "cloud"), ("tool", "tool") })
        {
            if (!path.Any(c => c.Kind == kind)
                && takeable.FirstOrDefault(c => c.Kind == kind && c.Covers.Where(s => !closed.Contains(s) && person.GapWeights.ContainsKey(s)).Sum(s => person.GapWeights[s]) >= PairingWeight) is { } missing)
            {
                flag('e', $"no {name} certification although {missing.Id} would close open gaps");
            }
        }

        var firstCore = person.Gaps.Where(g => g.Tier == "core").FirstOrDefault(g => takeable.Any(c => c.Covers.Contains(g.SkillId)));
        if (firstCore is not null && !closed.Contains(firstCore.SkillId))
        {
            flag('e', $"the heaviest core gap a certification covers ({firstCore.SkillId}) is left open");
        }

        if (path.Count == 0 && takeable.Any(c => c.Covers.Any(person.GapWeights.ContainsKey)))
        {
            flag('e', "no path although a certification closes a gap");
        }
    }

    private static bool IsReady(Certification cert, List<Certification> placed, List<Certification> path, Person person)
    {
        bool Placed(string id) => placed.Any(p => p.Id == id);
        if (cert.Prerequisites.Count > 0 && !cert.Prerequisites.Any(person.IsDone) && !cert.Prerequisites.Any(Placed))
        {
            return false;
        }

        if (person.IsBeginner && cert.RecommendedAfter.Count > 0 && !cert.RecommendedAfter.Any(person.IsDone) && !cert.RecommendedAfter.Any(Placed))
        {
            return false;
        }

        return cert.RecommendedAfter.Where(id => path.Any(p => p.Id == id)).All(Placed);
    }

    private static double Ratio(Certification cert, HashSet<string> closed, Person person) =>
        (double)cert.Covers.Distinct(StringComparer.Ordinal).Where(s => !closed.Contains(s) && person.GapWeights.ContainsKey(s)).Sum(s => person.GapWeights[s]) / cert.PreparationHours;

    private static bool IsFoundational(Certification cert) => cert.Level == "foundational";

    private static bool IsProfessional(Certification cert) => cert.Level is "professional" or "expert" or "specialty";

    /// <summary>What the rules need to know about the person: gaps, what is done, years, clouds.</summary>
    private sealed class Person
    {
        private readonly HashSet<string> _done;
        private readonly Dictionary<string, int> _ladderTop = new(StringComparer.Ordinal);

        public Person(ResumeAnalysis analysis, RoleResult role, Catalog catalog)
        {
            Catalog = catalog;
            Gaps = role.Gaps;
            GapWeights = role.Gaps.ToDictionary(g => g.SkillId, g => g.Tier switch { "core" => 3, "important" => 2, _ => 1 }, StringComparer.Ordinal);
            Years = analysis.Experience?.TotalYears ?? 0;
            _done = analysis.Certifications.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in _done.ToList())
            {
                for (var cert = catalog.FindCertification(id); cert is { Prerequisites.Count: 1 } && _done.Add(cert.Prerequisites[0]); cert = catalog.FindCertification(cert.Prerequisites[0]))
                {
                }
            }

            foreach (var cert in _done.Select(catalog.FindCertification).OfType<Certification>().Where(c => c.Ladder is not null))
            {
                _ladderTop[cert.Ladder!] = Math.Max(_ladderTop.GetValueOrDefault(cert.Ladder!), Rank(cert));
            }

            UsedClouds = Clouds.Where(c => analysis.Skills.Any(s => s.Source == SkillSources.Text && (s.Id == c || s.Id.StartsWith(c + "-", StringComparison.Ordinal))))
                .Concat(_done.Select(id => catalog.FindCertification(id)?.Cloud).OfType<string>())
                .ToHashSet(StringComparer.Ordinal);
            var profile = catalog.FindRole(role.Id)!;
            var roleClouds = profile.Skills.Where(s => Clouds.Contains(s.SkillId)).ToList();
            AllowedExtraClouds = UsedClouds.Count == 0
                ? roleClouds.OrderByDescending(s => s.Weight).Take(1).Select(s => s.SkillId).ToHashSet(StringComparer.Ordinal)
                : roleClouds.Where(s => s.Tier == SkillTier.Core && GapWeights.ContainsKey(s.SkillId)).Select(s => s.SkillId).ToHashSet(StringComparer.Ordinal);
        }

        public Catalog Catalog { get; }

        public IReadOnlyList<RoleGap> Gaps { get; }

        public Dictionary<string, int> GapWeights { get; }

        public double Years { get; }

        public bool IsBeginner => Years < BeginnerYears;

        public HashSet<string> UsedClouds { get; }

        public HashSet<string> AllowedExtraClouds { get; }

        public bool IsDone(string id) => Find(id) is { } cert && IsDone(cert);

        public bool IsDone(Certification cert) =>
            _done.Contains(cert.Id) || (cert.Ladder is { } ladder && _ladderTop.TryGetValue(ladder, out var top) && Rank(cert) < top);

        public bool HasAssociateFrom(string issuer) =>
            _done.Select(Catalog.FindCertification).Any(c => c is not null && c.Issuer == issuer && !IsFoundational(c));

        /// <summary>Could be a step by rules (a), (c), (d): not done, on an allowed cloud, level fits, formal prerequisite reachable.</summary>
        public bool CanTake(Certification cert) =>
            cert.Covers.Count > 0 && !IsDone(cert)
            && (cert.Cloud is null || UsedClouds.Contains(cert.Cloud) || AllowedExtraClouds.Contains(cert.Cloud))
            && (!IsBeginner || !IsProfessional(cert) || HasAssociateFrom(cert.Issuer))
            && (cert.Prerequisites.Count == 0 || cert.Prerequisites.Any(p => IsDone(p) || (Find(p) is { } pre && pre.Prerequisites.Count == 0 && !IsDone(pre)
                && (pre.Cloud is null || UsedClouds.Contains(pre.Cloud) || AllowedExtraClouds.Contains(pre.Cloud)))));

        private Certification? Find(string id) => Catalog.FindCertification(id);

        private static int Rank(Certification cert) => cert.Level switch { "foundational" => 1, "associate" => 2, _ => 3 };
    }
}
