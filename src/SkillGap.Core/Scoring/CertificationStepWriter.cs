using System.Globalization;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Scoring;

/// <summary>Turns the ordered certifications into steps: what each closes, its hours, its prerequisites and why it is there.</summary>
internal static class CertificationStepWriter
{
    public static CertificationPath Write(List<Certification> ordered, CertificationPathContext context)
    {
        var steps = new List<CertificationStep>();
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var heaviestCore = context.Gaps.Where(g => g.Tier == "core")
            .FirstOrDefault(g => ordered.Any(c => c.Covers.Contains(g.SkillId)))?.SkillId;
        for (var i = 0; i < ordered.Count; i++)
        {
            var cert = ordered[i];
            var closes = cert.Covers.Where(s => context.GapWeights.ContainsKey(s) && !closed.Contains(s))
                .Distinct(StringComparer.Ordinal)
                .Select((s, index) => (s, index))
                .OrderByDescending(p => context.GapWeights[p.s]).ThenBy(p => p.index).Select(p => p.s).ToList();
            closed.UnionWith(closes);
            var weight = closes.Sum(s => context.GapWeights[s]);
            var perTenHours = Math.Round(10.0 * weight / cert.PreparationHours, 2);
            var prerequisites = Prerequisites(cert, ordered, context);
            var cloudReason = cert.Cloud is { } cloud ? context.AllowedClouds.GetValueOrDefault(cloud) : null;
            var why = Why(cert, i, ordered, closes, weight, perTenHours, heaviestCore, cloudReason, context);
            steps.Add(new CertificationStep(i + 1, cert.Id, cert.Name, cert.Issuer, cert.Level, cert.Kind, cert.Cloud, cert.PreparationHours,
                closes, weight, perTenHours, prerequisites, why, cloudReason));
        }

        var hours = steps.Sum(s => s.PreparationHours);
        var summary = steps.Count == 0
            ? $"No certification you can take closes one of your gaps for {context.Role.Name}."
            : $"{steps.Count} step{(steps.Count == 1 ? "" : "s")}, about {hours} hours of preparation in all, closing {closed.Count} of your {context.Gaps.Count} gaps for {context.Role.Name}.";
        return new CertificationPath(steps, context.TechnicalYears, context.AllowedClouds.Keys.Order(StringComparer.Ordinal).ToList(), summary);
    }

    private static List<StepPrerequisite> Prerequisites(Certification cert, List<Certification> ordered, CertificationPathContext context)
    {
        var before = ordered.TakeWhile(c => c != cert).ToList();
        var list = new List<StepPrerequisite>();
        if (cert.Prerequisites.Count > 0)
        {
            list.Add(Entry(PrerequisiteKinds.Formal, cert.Prerequisites, before, context));
        }

        if (cert.RecommendedAfter.Count > 0)
        {
            list.Add(Entry(PrerequisiteKinds.Recommended, cert.RecommendedAfter, before, context));
        }

        return list;
    }

    private static StepPrerequisite Entry(string kind, IReadOnlyList<string> anyOf, List<Certification> before, CertificationPathContext context)
    {
        var names = string.Join(" or ", anyOf.Select(id => context.Catalog.FindCertification(id)?.Name ?? id));
        if (anyOf.FirstOrDefault(id => context.PassedStatus(id) is not null) is { } done)
        {
            return new StepPrerequisite(kind, anyOf, names, done, context.PassedStatus(done)!, null);
        }

        var index = before.FindIndex(c => anyOf.Contains(c.Id));
        return index >= 0
            ? new StepPrerequisite(kind, anyOf, names, before[index].Id, "earlier step", index + 1)
            : new StepPrerequisite(kind, anyOf, names, null, "optional", null);
    }

    private static string Why(
        Certification cert, int index, List<Certification> ordered, List<string> closes, int weight, double perTenHours,
        string? heaviestCore, string? cloudReason, CertificationPathContext context)
    {
        var parts = new List<string>();
        var role = context.Role.Name;
        if (closes.Count > 0)
        {
            var names = closes.Take(5).Select(context.NameOf).ToList();
            var more = closes.Count > names.Count ? $" and {closes.Count - names.Count} more" : "";
            parts.Add($"Closes {closes.Count} of your {role} gaps ({string.Join(", ", names)}{more}): {weight} gap points in about {cert.PreparationHours} hours, "
                + $"{perTenHours.ToString("0.0#", CultureInfo.InvariantCulture)} per 10 hours.");
        }
        else
        {
            parts.Add($"About {cert.PreparationHours} hours; what it covers is closed by the other steps.");
        }

        if (heaviestCore is not null && closes.Contains(heaviestCore))
        {
            parts.Add($"{context.NameOf(heaviestCore)} is your heaviest core gap for {role}.");
        }

        var later = ordered.Skip(index + 1).ToList();
        var requiredBy = later.Where(l => l.Prerequisites.Contains(cert.Id)).Select(l => l.Name).ToList();
        if (requiredBy.Count > 0)
        {
            parts.Add($"{string.Join(" and ", requiredBy)} require{(requiredBy.Count == 1 ? "s" : "")} it (or an alternative) first.");
        }
        else if (later.FirstOrDefault(l => l.RecommendedAfter.Contains(cert.Id)) is { } next)
        {
            parts.Add(context.IsBeginner
                ? $"The recommended step before {next.Name}: with under {CertificationPathContext.BeginnerYears} years of technical work, take it first."
                : $"Usually taken before {next.Name}.");
        }

        var hasCloud = ordered.Any(c => c.IsCloudCertification);
        var hasTool = ordered.Any(c => c.IsToolCertification);
        if (hasCloud && hasTool && cert == ordered.First(c => c.IsCloudCertification))
        {
            parts.Add($"The path's cloud certification, paired with {ordered.First(c => c.IsToolCertification).Name} as the field advises: one cloud, one tool.");
        }
        else if (hasCloud && hasTool && cert == ordered.First(c => c.IsToolCertification))
        {
            parts.Add($"The path's tool certification, paired with {ordered.First(c => c.IsCloudCertification).Name}: a tool certification travels across clouds.");
        }

        if (context.Role.ValuedCertifications.FirstOrDefault(v => v.CertificationId == cert.Id) is { } valued)
        {
            parts.Add(valued.Why);
        }

        if (cloudReason is not null)
        {
            parts.Add(cloudReason);
        }

        return string.Join(' ', parts);
    }
}
