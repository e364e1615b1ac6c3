using System.Text.RegularExpressions;

namespace SkillGap.Core.Catalogs;

/// <summary>Cross-file rules JSON shape cannot express: unique ids, references that resolve, sane values.</summary>
internal static partial class CatalogValidator
{
    private static readonly HashSet<string> Levels = ["foundational", "associate", "professional", "expert", "specialty"];
    private static readonly HashSet<string> Kinds = ["cloud", "tool", "vendor-neutral"];

    public static Catalog Validate(
        CatalogSources sources,
        IReadOnlyList<Skill> skills,
        IReadOnlyList<Certification> certifications,
        IReadOnlyList<SkillImplication> implications,
        IReadOnlyList<(string File, RoleProfile Role)> roles)
    {
        var skillIds = UniqueIds(sources.Skills.Name, "skill", skills.Select(s => s.Id));
        foreach (var skill in skills)
        {
            Require(skill.Name.Length > 0, sources.Skills.Name, $"skill '{skill.Id}' has an empty name");
            Require(skill.Aliases.Concat(skill.AmbiguousAliases).All(a => a.Trim().Length > 0), sources.Skills.Name, $"skill '{skill.Id}' has an empty alias");
        }

        var certificationIds = UniqueIds(sources.Certifications.Name, "certification", certifications.Select(c => c.Id));
        foreach (var cert in certifications)
        {
            var where = $"certification '{cert.Id}'";
            Require(Levels.Contains(cert.Level), sources.Certifications.Name, $"{where} has unknown level '{cert.Level}'");
            Require(Kinds.Contains(cert.Kind), sources.Certifications.Name, $"{where} has unknown kind '{cert.Kind}'");
            Require(cert.PreparationHours > 0, sources.Certifications.Name, $"{where} needs positive preparationHours");
            RequireKnown(sources.Certifications.Name, where, "covers", cert.Covers, skillIds);
            Require((cert.StatedSkills ?? []).All(cert.Covers.Contains), sources.Certifications.Name, $"{where} states a skill it does not cover");
            RequireKnown(sources.Certifications.Name, where, "prerequisites", cert.Prerequisites, certificationIds);
            RequireKnown(sources.Certifications.Name, where, "recommendedAfter", cert.RecommendedAfter, certificationIds);
        }

        CertificationOrderRules.Check(sources.Certifications.Name, certifications);

        foreach (var implication in implications)
        {
            var where = $"implication from '{implication.From}'";
            RequireKnown(sources.ImpliedSkills.Name, where, "from", [implication.From], skillIds);
            RequireKnown(sources.ImpliedSkills.Name, where, "implies", implication.Implies, skillIds);
            Require(!implication.Implies.Contains(implication.From), sources.ImpliedSkills.Name, $"{where} implies itself");
        }

        Require(roles.Count > 0, "data/roles", "there are no role profiles");
        UniqueIds("data/roles", "role", roles.Select(r => r.Role.Id));
        foreach (var (file, role) in roles)
        {
            var where = $"role '{role.Id}'";
            Require(role.Skills.Count > 0, file, $"{where} lists no skills");
            RequireKnown(file, where, "skills", role.Skills.Select(s => s.SkillId).ToList(), skillIds);
            RequireKnown(file, where, "softSkills", role.SoftSkills, skillIds);
            RequireKnown(file, where, "valuedCertifications", role.ValuedCertifications.Select(c => c.CertificationId).ToList(), certificationIds);
            UniqueIds(file, $"{where} skill", role.Skills.Select(s => s.SkillId));
            foreach (var skill in role.Skills)
            {
                Require(skill.Why.Trim().Length > 0, file, $"{where} skill '{skill.SkillId}' needs a why");
            }

            foreach (var transition in role.Transitions)
            {
                RequireKnown(file, $"{where} transition from '{transition.From}'", "focusSkills", transition.FocusSkills, skillIds);
            }
        }

        return new Catalog(skills, certifications, implications, roles.Select(r => r.Role).ToList());
    }

    private static HashSet<string> UniqueIds(string file, string what, IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            Require(IdPattern().IsMatch(id), file, $"{what} id '{id}' must be lowercase letters, digits and hyphens");
            Require(seen.Add(id), file, $"{what} id '{id}' appears twice");
        }

        return seen;
    }

    private static void RequireKnown(string file, string where, string field, IReadOnlyList<string> ids, HashSet<string> known)
    {
        foreach (var id in ids)
        {
            Require(known.Contains(id), file, $"{where}: {field} names unknown id '{id}'");
        }
    }

    private static void Require(bool condition, string file, string message)
    {
        if (!condition)
        {
            throw new CatalogException($"{file}: {message}.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
