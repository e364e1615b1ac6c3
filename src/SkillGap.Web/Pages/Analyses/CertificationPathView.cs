using SkillGap.Core.Analysis;

namespace SkillGap.Web.Pages.Analyses;

/// <summary>What the results page's certification section shows: the path, or the older advice list of analyses stored before it.</summary>
public sealed record CertificationPathView(CertificationPath? Path, IReadOnlyList<CertificationAdvice> Advice, Func<string, string> NameOf)
{
    /// <summary>"Required first (one of): AZ-104 or AZ-204 — step 1".</summary>
    public static string Describe(StepPrerequisite prerequisite)
    {
        var what = prerequisite.Kind == PrerequisiteKinds.Formal
            ? prerequisite.AnyOf.Count > 1 ? "Required first (one of)" : "Required first"
            : "Recommended first";
        var status = prerequisite.Status switch
        {
            "held" => "you hold it",
            "passed" => "covered by a higher step you hold",
            "earlier step" => $"step {prerequisite.Step}",
            _ => "optional with your experience",
        };
        return $"{what}: {prerequisite.Names} — {status}";
    }
}
