namespace SkillGap.Core.Catalogs;

/// <param name="StatedSkills">Covered skills the certificate's own name states ("ITIL" in "ITIL 4 Foundation"): a resume that
/// names the certificate has written them. Left out for cloud and vendor names ("AWS", "Cisco"), which brand the exam rather
/// than state a skill; those skills stay certification credit. Null in files that do not list any.</param>
/// <param name="Prerequisites">Formal prerequisites: the issuer grants this certification only to holders of one of them (any one).</param>
/// <param name="RecommendedAfter">Recommended order: when both are taken, these come first; not required.</param>
/// <param name="Ladder">The issuer's track this certification is a step of ("aws", "kubernetes"); holding a higher step
/// (by <see cref="Rank"/>) means the lower steps are passed. Null for certifications on no ladder.</param>
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
    IReadOnlyList<string>? StatedSkills = null,
    string? Ladder = null)
{
    public const int FoundationalRank = 1;
    public const int AssociateRank = 2;
    public const int ProfessionalRank = 3;

    /// <summary>Step on a ladder: foundational 1, associate 2, professional, expert and specialty 3.</summary>
    public int Rank => Level switch
    {
        "foundational" => FoundationalRank,
        "associate" => AssociateRank,
        _ => ProfessionalRank,
    };

    public bool IsCloudCertification => Kind == "cloud";

    public bool IsToolCertification => Kind == "tool";
}
