using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Scoring;

/// <summary>
/// Ranks certifications by how much of a role's gap they close. Never one the person holds. The field's
/// advice is to pair one major cloud certification with one tool certification, so the best of each comes
/// first when both help; certifications for a cloud the resume does not use count for less.
/// </summary>
public static class CertificationAdvisor
{
    public const int MaxRecommendations = 3;
    private const double OtherCloudFactor = 0.5;
    private const double ValuedByRoleBonus = 1.0;

    // A certification whose formal prerequisites are missing cannot be taken yet; one usually taken after
    // another is a later step, discounted once per step still to take. Both stay visible but rank below the
    // step that comes first.
    private const double MissingPrerequisiteFactor = 0.3;
    private const double LaterStepFactor = 0.6;

    public static List<CertificationAdvice> Advise(
        RoleProfile role, IReadOnlyList<RoleGap> gaps, IReadOnlySet<string> heldCertifications, string? preferredCloud, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(heldCertifications);
        ArgumentNullException.ThrowIfNull(catalog);
        var gapWeights = gaps.ToDictionary(g => g.SkillId, g => RoleScorer.TierWeight(g.Tier), StringComparer.Ordinal);
        var valued = role.ValuedCertifications.Select(v => v.CertificationId).ToHashSet(StringComparer.Ordinal);
        var candidates = catalog.Certifications
            .Where(c => !heldCertifications.Contains(c.Id))
            .Select(c => Rate(c, gapWeights, valued, preferredCloud, heldCertifications, catalog))
            .Where(r => r.Covers.Count > 0)
            .OrderByDescending(r => r.Value)
            .ThenBy(r => r.Certification.PreparationHours)
            .ThenBy(r => r.Certification.Id, StringComparer.Ordinal)
            .ToList();

        var cloud = candidates.FirstOrDefault(r => r.Certification.IsCloudCertification);
        var tool = candidates.FirstOrDefault(r => r.Certification.IsToolCertification);
        var pair = new[] { cloud, tool }.OfType<Rated>().OrderByDescending(r => r.Value).ToList();
        var picked = pair.Concat(candidates.Except(pair)).Take(MaxRecommendations).ToList();
        var isPair = cloud is not null && tool is not null;
        return picked.Select(r => new CertificationAdvice(
            r.Certification.Id,
            r.Certification.Name,
            r.Covers,
            Reason(r, role, isPair && pair.Contains(r), heldCertifications, catalog))).ToList();
    }

    private static Rated Rate(Certification cert, Dictionary<string, int> gapWeights, HashSet<string> valued, string? preferredCloud, IReadOnlySet<string> held, Catalog catalog)
    {
        var covers = cert.Covers.Where(gapWeights.ContainsKey).OrderByDescending(s => gapWeights[s]).ToList();
        double value = covers.Sum(s => gapWeights[s]);
        if (covers.Count > 0 && valued.Contains(cert.Id))
        {
            value += ValuedByRoleBonus;
        }

        if (cert.Cloud is not null && preferredCloud is not null && cert.Cloud != preferredCloud)
        {
            value *= OtherCloudFactor;
        }

        // Prerequisites mean "any one of these".
        if (cert.Prerequisites.Count > 0 && !cert.Prerequisites.Any(held.Contains))
        {
            value *= MissingPrerequisiteFactor;
        }

        value *= Math.Pow(LaterStepFactor, MissingSteps(cert, held, catalog, depth: 0));

        return new Rated(cert, covers, value, valued.Contains(cert.Id));
    }

    /// <summary>
    /// How many certifications usually come before this one that the person has not taken: a professional exam is
    /// two steps away for a beginner (practitioner, then associate), none for someone holding the associate.
    /// </summary>
    private static int MissingSteps(Certification cert, IReadOnlySet<string> held, Catalog catalog, int depth)
    {
        const int MaxDepth = 4; // the data's chains are short; this also stops a cycle in hand-edited data
        if (depth >= MaxDepth || cert.RecommendedAfter.Count == 0 || cert.RecommendedAfter.Any(held.Contains))
        {
            return 0;
        }

        return 1 + cert.RecommendedAfter
            .Select(catalog.FindCertification)
            .OfType<Certification>()
            .Select(before => MissingSteps(before, held, catalog, depth + 1))
            .DefaultIfEmpty(0)
            .Min();
    }

    private static string Reason(Rated rated, RoleProfile role, bool partOfPair, IReadOnlySet<string> held, Catalog catalog)
    {
        var cert = rated.Certification;
        var names = rated.Covers.Take(4).Select(id => catalog.Skill(id).Name).ToList();
        var more = rated.Covers.Count > names.Count ? $" and {rated.Covers.Count - names.Count} more" : "";
        var parts = new List<string>
        {
            $"Covers {rated.Covers.Count} of your gaps for {role.Name} ({string.Join(", ", names)}{more}); about {cert.PreparationHours} hours of preparation.",
        };
        if (rated.ValuedByRole)
        {
            parts.Add($"Valued by employers hiring for {role.Name} roles.");
        }

        if (partOfPair)
        {
            parts.Add(cert.IsCloudCertification
                ? "Pair it with a tool certification: one cloud plus one tool certification is the strongest profile."
                : "A tool certification travels across clouds; pair it with one cloud certification.");
        }

        var missing = cert.Prerequisites.Where(p => !held.Contains(p)).Select(p => catalog.FindCertification(p)?.Name ?? p).ToList();
        if (missing.Count > 0)
        {
            parts.Add($"Requires {string.Join(" or ", missing)} first.");
        }
        else if (cert.RecommendedAfter.Where(p => !held.Contains(p)).Select(p => catalog.FindCertification(p)?.Name).OfType<string>().FirstOrDefault() is { } before)
        {
            parts.Add($"Usually taken after {before}.");
        }

        return string.Join(' ', parts);
    }

    private sealed record Rated(Certification Certification, List<string> Covers, double Value, bool ValuedByRole);
}
