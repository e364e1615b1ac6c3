using SkillGap.Core.Catalogs;

namespace SkillGap.Cli.Analyze;

/// <summary>
/// One file as every output format shows it, so the table, JSON and CSV cannot disagree: a score per role (in the
/// catalog's order) and each role's gaps, heaviest tier first, as the analysis lists them.
/// </summary>
internal sealed record AnalyzeRow(
    string File,
    string Status,
    string? FailureKind,
    string? FailureDetail,
    string? BestFitRole,
    string? TargetRole,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Gaps)
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    /// <summary>The role whose gaps a short view shows: the one asked for, else the best fit.</summary>
    public string? FocusRole => TargetRole ?? BestFitRole;

    public static AnalyzeRow From(FileOutcome outcome, Catalog catalog)
    {
        if (outcome.Analysis is not { } analysis)
        {
            return new AnalyzeRow(outcome.File, Failed, outcome.FailureKind, outcome.FailureDetail, null, null,
                new Dictionary<string, int>(), new Dictionary<string, IReadOnlyList<string>>());
        }

        var results = analysis.Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new AnalyzeRow(outcome.File, Ok, null, null, analysis.BestFitRole, analysis.TargetRole,
            catalog.Roles.ToDictionary(r => r.Id, r => results[r.Id].Score, StringComparer.Ordinal),
            catalog.Roles.ToDictionary(r => r.Id, r => (IReadOnlyList<string>)results[r.Id].Gaps.Select(g => g.Name).ToList(), StringComparer.Ordinal));
    }
}
