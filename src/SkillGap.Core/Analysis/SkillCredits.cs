using SkillGap.Core.Catalogs;
using SkillGap.Core.Scoring;

namespace SkillGap.Core.Analysis;

/// <summary>The strongest evidence per skill: written in the resume, covered by a held certification, or implied (one hop).</summary>
internal static class SkillCredits
{
    public static Dictionary<string, SkillCredit> From(IEnumerable<string> textSkillIds, IReadOnlySet<string> heldCertifications, Catalog catalog)
    {
        var credits = textSkillIds.ToDictionary(id => id, id => new SkillCredit(id, SkillSources.Text, SkillEvidenceStrength.Text), StringComparer.Ordinal);
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
