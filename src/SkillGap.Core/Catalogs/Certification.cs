namespace SkillGap.Core.Catalogs;

public sealed record Certification(
    string Id,
    string Name,
    string Issuer,
    string Level,
    string Kind,
    string? Cloud,
    IReadOnlyList<string> Covers,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> RecommendedAfter,
    int PreparationHours,
    IReadOnlyList<string> Aliases)
{
    public bool IsCloudCertification => Kind == "cloud";

    public bool IsToolCertification => Kind == "tool";
}
