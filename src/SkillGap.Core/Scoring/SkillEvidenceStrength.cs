namespace SkillGap.Core.Scoring;

/// <summary>
/// How much of a skill's weight a kind of evidence earns. Written in the resume: full credit.
/// Covered by a certification the person holds: they passed an exam on it, but have not said they used it.
/// Implied by another skill (EKS → Kubernetes): real exposure, depth unknown, so half.
/// </summary>
public static class SkillEvidenceStrength
{
    public const double Text = 1.0;
    public const double Certification = 0.75;
    public const double Inferred = 0.5;
}
