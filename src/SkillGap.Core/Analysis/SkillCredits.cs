using SkillGap.Core.Catalogs;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;

namespace SkillGap.Core.Analysis;

/// <summary>
/// The strongest evidence per skill: written in the resume (used in dated jobs, or only listed), covered by a held
/// certification, or implied (one hop). A skill keeps its first, strongest kind of evidence.
/// </summary>
internal static class SkillCredits
{
    /// <param name="usage">Use in dated jobs per written skill; skills missing from it were only listed.</param>
    public static Dictionary<string, SkillCredit> From(
        IEnumerable<string> textSkillIds, IReadOnlyDictionary<string, SkillUsage> usage, IReadOnlySet<string> heldCertifications, Catalog catalog, DateOnly today)
    {
        var credits = textSkillIds.ToDictionary(
            id => id,
            id => new SkillCredit(id, SkillSources.Text, SkillEvidenceStrength.ForText(usage.GetValueOrDefault(id), today), usage.GetValueOrDefault(id)),
            StringComparer.Ordinal);
        foreach (var certId in heldCertifications.Order(StringComparer.Ordinal))
        {
            foreach (var covered in catalog.FindCertification(certId)!.Covers)
            {
                credits.TryAdd(covered, new SkillCredit(covered, "certification", SkillEvidenceStrength.Certification));
            }
        }

        foreach (var textSkill in textSkillIds.Order(StringComparer.Ordinal).ToList())
        {
            foreach (var implied in catalog.ImplicationsOf(textSkill)?.Implies ?? [])
            {
                credits.TryAdd(implied, new SkillCredit(implied, SkillSources.Inferred, SkillEvidenceStrength.Inferred));
            }
        }

        return credits;
    }

    /// <summary>What a non-text skill was concluded from: the skills implying it and the certifications covering it.</summary>
    public static List<string> Origins(string skillId, IEnumerable<string> textSkillIds, IReadOnlySet<string> heldCertifications, Catalog catalog)
    {
        var fromSkills = textSkillIds.Where(t => catalog.ImplicationsOf(t)?.Implies.Contains(skillId) == true);
        var fromCertifications = heldCertifications.Order(StringComparer.Ordinal).Where(c => catalog.FindCertification(c)!.Covers.Contains(skillId));
        return fromSkills.Order(StringComparer.Ordinal).Concat(fromCertifications).ToList();
    }
}
