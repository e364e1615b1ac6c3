namespace SkillGap.Core.Catalogs;

/// <param name="StatedSkills">Covered skills the certificate's own name states ("ITIL" in "ITIL 4 Foundation"): a resume that
/// names the certificate has written them. Left out for cloud and vendor names ("AWS", "Cisco"), which brand the exam rather
/// than state a skill; those skills stay certification credit. Null in files that do not list any.</param>
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
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? StatedSkills = null)
{
    public bool IsCloudCertification => Kind == "cloud";

    public bool IsToolCertification => Kind == "tool";
}
