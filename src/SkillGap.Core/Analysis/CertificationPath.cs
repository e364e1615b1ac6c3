namespace SkillGap.Core.Analysis;

/// <summary>The certifications to take for one role, in the order to take them (see <c>CertificationPathPlanner</c>).</summary>
/// <param name="Steps">One to four steps; empty when no certification the person can take closes a gap.</param>
/// <param name="TechnicalYears">The years of technical work the levels were matched to (under two: no professional, expert or
/// specialty exam without an associate from its issuer held, and recommended steps first).</param>
/// <param name="Clouds">The clouds the path stays on: the ones the resume uses, and one the role adds (its steps say why).</param>
/// <param name="Summary">One sentence: steps, total hours, gaps closed.</param>
public sealed record CertificationPath(IReadOnlyList<CertificationStep> Steps, double TechnicalYears, IReadOnlyList<string> Clouds, string Summary);

/// <param name="Step">1 for the first certification to take.</param>
/// <param name="Closes">The role's gap skills this step closes that no earlier step closes, heaviest first.</param>
/// <param name="GapWeightClosed">Their weights summed (core 3, important 2, bonus 1).</param>
/// <param name="WeightPerTenHours">Gap weight closed per ten hours of preparation: what the order ranks by.</param>
/// <param name="Prerequisites">Formal prerequisites and recommended predecessors, each with whether it is held or which
/// earlier step takes it.</param>
/// <param name="Why">Why this step, in this place, in plain words.</param>
/// <param name="CloudReason">Set when this step is on a cloud the resume does not use: why the role adds it.</param>
public sealed record CertificationStep(
    int Step,
    string Id,
    string Name,
    string Issuer,
    string Level,
    string Kind,
    string? Cloud,
    int PreparationHours,
    IReadOnlyList<string> Closes,
    int GapWeightClosed,
    double WeightPerTenHours,
    IReadOnlyList<StepPrerequisite> Prerequisites,
    string Why,
    string? CloudReason);

/// <param name="Kind">"formal" (the issuer requires one of <paramref name="AnyOf"/>) or "recommended" (usually taken first;
/// required in the path for someone with under two years of technical work).</param>
/// <param name="Names">The certifications' names, joined with "or".</param>
/// <param name="SatisfiedBy">The one held or taken earlier in the path; null when a recommended one is skipped.</param>
/// <param name="Status">"held", "passed" (a higher step of its ladder is held), "earlier step" or "optional" (recommended, not needed).</param>
/// <param name="Step">The earlier step that takes it, when <paramref name="Status"/> is "earlier step".</param>
public sealed record StepPrerequisite(string Kind, IReadOnlyList<string> AnyOf, string Names, string? SatisfiedBy, string Status, int? Step);

public static class PrerequisiteKinds
{
    public const string Formal = "formal";
    public const string Recommended = "recommended";
}
