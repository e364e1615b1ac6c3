using SkillGap.Core.Experience;

namespace SkillGap.Core.Scoring;

/// <summary>
/// How much of a skill's weight a kind of evidence earns, strongest first: used in a dated job, listed without
/// a date (skills section, summary, projects), covered by a held certification, implied by another skill.
/// Plain constants, so the same resume on the same day always scores the same.
/// </summary>
public static class SkillEvidenceStrength
{
    /// <summary>Used in a dated job for at least <see cref="SustainedMonths"/>, within the last <see cref="RecentYears"/>: full credit.</summary>
    public const double UsedInRole = 1.0;

    // A year is long enough to have met a tool's failure modes, not only its happy path.
    public const int SustainedMonths = 12;

    // Infrastructure tools change fast (Kubernetes ships three releases a year): three years on, the knowledge
    // is still there but needs refreshing.
    public const int RecentYears = 3;

    // Shorter or older use is still use, so each shortfall costs a tenth; both together (0.81) still beat a bare listing.
    public const double ShortUseFactor = 0.9;
    public const double OlderUseFactor = 0.9;

    /// <summary>Listed, but not tied to a dated job: the person claims it, with no how-long or how-recently to check.</summary>
    public const double Listed = 0.75;

    /// <summary>Covered by a held certification: an exam was passed on it, but use was not claimed.</summary>
    public const double Certification = 0.65;

    /// <summary>Implied by another skill (EKS → Kubernetes): real exposure, depth unknown.</summary>
    public const double Inferred = 0.5;

    /// <summary>Credit for a skill written in the resume: by its use in dated jobs, or <see cref="Listed"/> without one.</summary>
    public static double ForText(SkillUsage? usage, DateOnly today)
    {
        if (usage is null)
        {
            return Listed;
        }

        var credit = UsedInRole;
        if (usage.Months < SustainedMonths)
        {
            credit *= ShortUseFactor;
        }

        if (usage.LastUsed < today.Year - RecentYears)
        {
            credit *= OlderUseFactor;
        }

        return credit;
    }
}
