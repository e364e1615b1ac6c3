namespace SkillGap.Core.Catalogs;

/// <param name="Aliases">Matched case-insensitively at word boundaries.</param>
/// <param name="AmbiguousAliases">Ordinary English words (Go, Chef, Helm): matched only in this exact case, then confirmed by the context model.</param>
public sealed record Skill(string Id, string Name, string Category, IReadOnlyList<string> Aliases, IReadOnlyList<string> AmbiguousAliases);
