using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// Work under SOC 2, HIPAA, PCI-DSS or ISO 27001 is compliance work, written: a reader who sees "PCI compliance" or
/// "HIPAA best practices" credits compliance as plainly as the framework, with the same line as evidence.
/// </summary>
internal static class RegulationsCreditCompliance
{
    private static readonly HashSet<string> Frameworks = new(StringComparer.Ordinal) { "soc2", "hipaa", "pci-dss", "iso-27001" };

    public static IEnumerable<Mention> From(IEnumerable<Mention> mentions, Catalog catalog) =>
        catalog.FindSkill("compliance") is null ? [] : mentions
            .Where(m => m.Match.Target == MatchTarget.Skill && Frameworks.Contains(m.Match.TargetId))
            .Select(m => m with { Match = m.Match with { TargetId = "compliance" } });
}
