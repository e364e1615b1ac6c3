namespace SkillGap.Core.Catalogs;

/// <summary>Knowing <paramref name="From"/> means knowing <paramref name="Implies"/> too (one hop, never chained).</summary>
public sealed record SkillImplication(string From, IReadOnlyList<string> Implies, string Why);
