using System.Text.Json;

namespace SkillGap.Cli.Evaluation;

/// <summary>The machine-readable report (<c>--json FILE</c>): the summaries and every document's errors, by id only.</summary>
internal static class EvalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(string path, string disambiguation, IReadOnlyList<FormatSummary> summaries, IReadOnlyList<DocumentOutcome> outcomes, object? adviceViolations = null)
    {
        var report = new
        {
            disambiguation,
            adviceViolations,
            formats = summaries.Select(s => new
            {
                s.Format,
                s.Documents,
                s.Failures,
                skills = Scores(s.Skills),
                certifications = Scores(s.Certifications),
                roleAccuracy = s.RoleAccuracy,
                mustNotAppearHits = s.TrapHits,
                agreement = new { mean = s.AgreementMean, min = s.AgreementMin },
                experience = Experience(s.Experience),
            }),
            documents = outcomes.Select(o => new
            {
                id = o.Labels.Id,
                o.Format,
                o.Failure,
                skills = Scores(o.Skills),
                falsePositives = o.FalsePositives,
                falseNegatives = o.FalseNegatives,
                certificationFalsePositives = o.CertificationFalsePositives,
                certificationFalseNegatives = o.CertificationFalseNegatives,
                bestFitRole = o.BestFitRole,
                expectedBestFitRole = o.Labels.BestFitRole,
                mustNotAppearHits = o.TrapHits,
                experience = Experience(o.ExperienceScore),
                experienceErrors = o.ExperienceErrors,
                adviceViolations = o.AdviceViolations,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report, Options));
    }

    private static object Experience(ExperienceScore score) => new
    {
        score.Jobs,
        titleAccuracy = score.TitleAccuracy,
        employerAccuracy = score.EmployerAccuracy,
        dateAccuracy = score.DateAccuracy,
        score.Invented,
        score.Missed,
        seniorityExact = score.SeniorityAccuracy,
        score.SeniorityOffByMoreThanOne,
    };

    private static object Scores(MatchCounts counts) => new
    {
        counts.TruePositives,
        counts.FalsePositives,
        counts.FalseNegatives,
        counts.Precision,
        counts.Recall,
        counts.F1,
    };
}
