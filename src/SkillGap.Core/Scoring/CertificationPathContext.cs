using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Scoring;

/// <summary>
/// What one person can take for one role: the gaps and their weights, what is held or passed (a formal prerequisite of a
/// held certification, a lower step of a ladder whose higher step is held), the clouds allowed and why, and whether the
/// person is a beginner (under two years of technical work).
/// </summary>
internal sealed class CertificationPathContext
{
    public const double BeginnerYears = 2;
    private static readonly string[] CloudIds = ["aws", "azure", "gcp"];

    private readonly HashSet<string> _passed;
    private readonly Dictionary<string, int> _ladderTop;

    public CertificationPathContext(RoleProfile role, IReadOnlyList<RoleGap> gaps, IReadOnlySet<string> held, IReadOnlySet<string> resumeClouds, double technicalYears, Catalog catalog)
    {
        Role = role;
        Catalog = catalog;
        Gaps = gaps;
        GapWeights = gaps.ToDictionary(g => g.SkillId, g => RoleScorer.TierWeight(g.Tier), StringComparer.Ordinal);
        Held = held;
        TechnicalYears = technicalYears;
        _passed = Passed(held, catalog);
        _ladderTop = _passed.Select(catalog.FindCertification).OfType<Certification>().Where(c => c.Ladder is not null)
            .GroupBy(c => c.Ladder!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Rank), StringComparer.Ordinal);
        var used = resumeClouds.Concat(_passed.Select(id => catalog.FindCertification(id)?.Cloud).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        UsedClouds = used;
        AllowedClouds = AllowClouds(role, gaps, used, catalog);
    }

    public RoleProfile Role { get; }

    public Catalog Catalog { get; }

    public IReadOnlyList<RoleGap> Gaps { get; }

    public IReadOnlyDictionary<string, int> GapWeights { get; }

    public IReadOnlySet<string> Held { get; }

    public double TechnicalYears { get; }

    public bool IsBeginner => TechnicalYears < BeginnerYears;

    public IReadOnlySet<string> UsedClouds { get; }

    /// <summary>Cloud id → null when the resume uses it, or the reason the role adds it.</summary>
    public IReadOnlyDictionary<string, string?> AllowedClouds { get; }

    public bool IsPassed(string certificationId) =>
        _passed.Contains(certificationId) ||
        (Catalog.FindCertification(certificationId) is { Ladder: { } ladder } cert && _ladderTop.TryGetValue(ladder, out var top) && cert.Rank < top);

    /// <summary>Why a certification counts as done: "held", "passed" (implied by one held), or null.</summary>
    public string? PassedStatus(string certificationId) =>
        Held.Contains(certificationId) ? "held" : IsPassed(certificationId) ? "passed" : null;

    /// <summary>
    /// A certification that may be a step: not done, on an allowed cloud, covering something (retired exams cover nothing),
    /// for a beginner not professional, expert or specialty unless an associate from its issuer is held, and for everyone
    /// else not a ladder's foundational step when a higher step of that ladder is still to take.
    /// </summary>
    public bool CanTake(Certification cert) =>
        !IsPassed(cert.Id) && cert.Covers.Count > 0 && (cert.Cloud is null || AllowedClouds.ContainsKey(cert.Cloud))
        && (!IsBeginner || cert.Rank < Certification.ProfessionalRank || HoldsAssociateFrom(cert.Issuer))
        && (IsBeginner || !HasHigherStepAbove(cert));

    // With two years of technical work, a ladder's foundational exam (Cloud Practitioner, AZ-900, Linux Essentials, KCNA)
    // is skipped for the step above it (an associate, or CKA above KCNA), as practitioners advise; off-ladder
    // foundations (ITIL 4 Foundation) stay.
    private bool HasHigherStepAbove(Certification cert) =>
        cert.Rank == Certification.FoundationalRank && cert.Ladder is { } ladder
        && Catalog.Certifications.Any(c => c.Ladder == ladder && c.Rank > Certification.FoundationalRank && c.Covers.Count > 0 && !IsPassed(c.Id));

    public bool HoldsAssociateFrom(string issuer) =>
        _passed.Select(Catalog.FindCertification).Any(c => c is not null && c.Issuer == issuer && c.Rank >= Certification.AssociateRank);

    public string NameOf(string skillId) => Catalog.FindSkill(skillId)?.Name ?? skillId;

    /// <summary>Held certifications and, transitively, the single formal prerequisite each one has (CKS is granted only to CKA holders).</summary>
    private static HashSet<string> Passed(IReadOnlySet<string> held, Catalog catalog)
    {
        var passed = new HashSet<string>(held, StringComparer.Ordinal);
        var queue = new Queue<string>(held);
        while (queue.TryDequeue(out var id))
        {
            if (catalog.FindCertification(id) is { Prerequisites: [var only] } && passed.Add(only))
            {
                queue.Enqueue(only);
            }
        }

        return passed;
    }

    private static Dictionary<string, string?> AllowClouds(RoleProfile role, IReadOnlyList<RoleGap> gaps, HashSet<string> used, Catalog catalog)
    {
        var allowed = used.ToDictionary(c => c, c => (string?)null, StringComparer.Ordinal);
        var roleClouds = role.Skills.Where(s => CloudIds.Contains(s.SkillId)).ToList();
        string Name(string id) => catalog.FindSkill(id)?.Name ?? id;
        if (used.Count == 0)
        {
            // No cloud on the resume: the one the role weighs most (the profile's order breaks a tie).
            if (roleClouds.OrderByDescending(s => s.Weight).FirstOrDefault() is { } first)
            {
                allowed[first.SkillId] = $"Your resume names no cloud; {Name(first.SkillId)} is the cloud {role.Name} profiles weigh most.";
            }

            return allowed;
        }

        // A second cloud only when the role counts it as core and the resume lacks it: an important or bonus cloud is not
        // worth a second certification track.
        var usedNames = string.Join(" and ", used.Order(StringComparer.Ordinal).Select(Name));
        foreach (var cloud in roleClouds.Where(s => s.Tier == SkillTier.Core && !used.Contains(s.SkillId) && gaps.Any(g => g.SkillId == s.SkillId)))
        {
            allowed[cloud.SkillId] = $"{role.Name} profiles count {Name(cloud.SkillId)} as a core skill and your resume shows only {usedNames}: this step adds a second cloud.";
        }

        return allowed;
    }
}
