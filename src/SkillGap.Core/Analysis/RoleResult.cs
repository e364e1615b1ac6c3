namespace SkillGap.Core.Analysis;

/// <param name="Score">0–100: the profile's skill weights the resume covers.</param>
/// <param name="TransferableStrengths">What the person already brings that this role values most, strongest evidence first,
/// phrased for them ("BGP (4 years, used until 2024)").</param>
/// <param name="RecommendedCertifications">The path's steps as the earlier advice list (superseded by <paramref name="CertificationPath"/>).</param>
/// <param name="CertificationPath">The certifications to take, in order, with hours, prerequisites and what each closes;
/// null in analyses stored before it existed.</param>
public sealed record RoleResult(
    string Id,
    string Name,
    int Score,
    IReadOnlyList<MatchedSkill> Matched,
    IReadOnlyList<RoleGap> Gaps,
    IReadOnlyList<CertificationAdvice> RecommendedCertifications,
    IReadOnlyList<string> TransferableStrengths,
    CertificationPath? CertificationPath = null);

/// <param name="Source">"text", "certification" (covered by a held certification) or "inferred".</param>
/// <param name="Credit">Share of the skill's weight this evidence earns (see SkillEvidenceStrength): 1 for sustained, recent use in a dated job.</param>
/// <param name="Months">For text skills used in dated jobs: months of use; null otherwise.</param>
/// <param name="LastUsed">For text skills used in dated jobs: the year last used; null otherwise.</param>
public sealed record MatchedSkill(string SkillId, string Name, string Tier, string Source, double Credit, int? Months = null, int? LastUsed = null);

public sealed record RoleGap(string SkillId, string Name, string Tier, string Why);

/// <param name="Covers">The gap skills of this role the step closes.</param>
public sealed record CertificationAdvice(string Id, string Name, IReadOnlyList<string> Covers, string Reason);
