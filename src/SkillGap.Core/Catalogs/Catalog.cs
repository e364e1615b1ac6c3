namespace SkillGap.Core.Catalogs;

/// <summary>The validated taxonomy, certifications, role profiles and implications. Immutable and shared.</summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Skill> _skills;
    private readonly Dictionary<string, Certification> _certifications;
    private readonly Dictionary<string, RoleProfile> _roles;
    private readonly Dictionary<string, SkillImplication> _implications;

    internal Catalog(IReadOnlyList<Skill> skills, IReadOnlyList<Certification> certifications, IReadOnlyList<SkillImplication> implications, IReadOnlyList<RoleProfile> roles)
    {
        Skills = skills;
        Certifications = certifications;
        Roles = roles;
        _skills = skills.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _certifications = certifications.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _roles = roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _implications = implications
            .GroupBy(i => i.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SkillImplication(g.Key, g.SelectMany(i => i.Implies).Distinct().ToList(), string.Join(" ", g.Select(i => i.Why))), StringComparer.Ordinal);
    }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<Certification> Certifications { get; }

    public IReadOnlyList<RoleProfile> Roles { get; }

    public Skill? FindSkill(string id) => _skills.GetValueOrDefault(id);

    public Skill Skill(string id) => _skills[id];

    public Certification? FindCertification(string id) => _certifications.GetValueOrDefault(id);

    public RoleProfile? FindRole(string id) => _roles.GetValueOrDefault(id);

    public SkillImplication? ImplicationsOf(string skillId) => _implications.GetValueOrDefault(skillId);
}
