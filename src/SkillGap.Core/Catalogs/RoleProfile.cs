namespace SkillGap.Core.Catalogs;

public enum SkillTier
{
    Bonus = 1,
    Important = 2,
    Core = 3,
}

public sealed record RoleSkill(string SkillId, SkillTier Tier, string Why)
{
    /// <summary>Core skills count three times a bonus skill: the profiles are written so that tiers mean that.</summary>
    public int Weight => (int)Tier;
}

public sealed record ValuedCertification(string CertificationId, string Why);

public sealed record CareerLevel(string Level, string Years, string Expectations);

public sealed record MarketFact(string Text, string Source, int Year);

public sealed record MarketContext(IReadOnlyList<MarketFact> Facts);

public sealed record CareerTransition(string From, string Label, string Advice, IReadOnlyList<string> FocusSkills);

public sealed record RoleProfile(
    string Id,
    string Name,
    string Summary,
    string Focus,
    IReadOnlyList<string> KeyMetrics,
    IReadOnlyList<string> TypicalWork,
    IReadOnlyList<RoleSkill> Skills,
    IReadOnlyList<string> SoftSkills,
    IReadOnlyList<ValuedCertification> ValuedCertifications,
    IReadOnlyList<CareerLevel> CareerLadder,
    MarketContext Market,
    IReadOnlyList<string> Communities,
    IReadOnlyList<CareerTransition> Transitions);
