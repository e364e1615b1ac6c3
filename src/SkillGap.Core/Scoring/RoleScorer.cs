using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Scoring;

/// <summary>
/// Scores a resume against one role profile: the share of the profile's weights earned, each skill earning its
/// weight times the credit of its evidence (<see cref="SkillEvidenceStrength"/>); matched skills; gaps with their why.
/// </summary>
public static class RoleScorer
{
    public static (int Score, List<MatchedSkill> Matched, List<RoleGap> Gaps) Score(
        RoleProfile role, IReadOnlyDictionary<string, SkillCredit> credits, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(credits);
        ArgumentNullException.ThrowIfNull(catalog);
        double earned = 0, total = 0;
        var matched = new List<MatchedSkill>();
        var gaps = new List<RoleGap>();
        foreach (var skill in role.Skills)
        {
            total += skill.Weight;
            var name = catalog.Skill(skill.SkillId).Name;
            var tier = TierName(skill.Tier);
            if (credits.TryGetValue(skill.SkillId, out var credit))
            {
                earned += skill.Weight * credit.Credit;
                matched.Add(new MatchedSkill(skill.SkillId, name, tier, credit.Source, credit.Credit, credit.Usage?.Months, credit.Usage?.LastUsed));
            }
            else
            {
                gaps.Add(new RoleGap(skill.SkillId, name, tier, skill.Why));
            }
        }

        // Stable sort: heavier tiers first, the profile's own order within a tier.
        var ordered = gaps.Select((g, i) => (g, i)).OrderByDescending(p => TierWeight(p.g.Tier)).ThenBy(p => p.i).Select(p => p.g).ToList();
        var score = total == 0 ? 0 : (int)Math.Round(100 * earned / total, MidpointRounding.AwayFromZero);
        return (score, matched, ordered);
    }

    public static string TierName(SkillTier tier) => tier.ToString().ToLowerInvariant();

    public static int TierWeight(string tier) => tier switch
    {
        "core" => (int)SkillTier.Core,
        "important" => (int)SkillTier.Important,
        _ => (int)SkillTier.Bonus,
    };
}
