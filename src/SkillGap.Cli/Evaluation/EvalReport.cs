using System.Globalization;

namespace SkillGap.Cli.Evaluation;

/// <summary>The human-readable report: one row per producer and overall, trap hits, and with --verbose the errors per document.</summary>
internal static class EvalReport
{
    public static void Print(IReadOnlyList<FormatSummary> summaries, IReadOnlyList<DocumentOutcome> outcomes, bool verbose, TextWriter output)
    {
        output.WriteLine("Text skills and certifications: micro precision / recall / F1. Role: best-fit accuracy. Agree: Jaccard of skill sets across renderings of the same resume (mean / min).");
        output.WriteLine();
        output.WriteLine($"{"format",-18} {"docs",5} {"fail",4} | {"skill P",7} {"R",6} {"F1",6} | {"cert P",6} {"R",6} {"F1",6} | {"role",5} | {"traps",5} | {"agree",5} {"min",5}");
        output.WriteLine(new string('-', 108));
        foreach (var s in summaries)
        {
            output.WriteLine(
                $"{s.Format,-18} {s.Documents,5} {s.Failures,4} | {F(s.Skills.Precision),7} {F(s.Skills.Recall),6} {F(s.Skills.F1),6} | " +
                $"{F(s.Certifications.Precision),6} {F(s.Certifications.Recall),6} {F(s.Certifications.F1),6} | {F(s.RoleAccuracy),5} | " +
                $"{s.TrapHits.Count,5} | {F(s.AgreementMean),5} {F(s.AgreementMin),5}");
        }

        PrintExperience(summaries, output);

        var overall = summaries[^1];
        output.WriteLine();
        output.WriteLine($"skills: {overall.Skills.TruePositives} found, {overall.Skills.FalsePositives} false positives, {overall.Skills.FalseNegatives} missed; " +
            $"certifications: {overall.Certifications.TruePositives} found, {overall.Certifications.FalsePositives} false positives, {overall.Certifications.FalseNegatives} missed");

        output.WriteLine(overall.TrapHits.Count == 0 ? "mustNotAppear hits: none" : $"mustNotAppear hits ({overall.TrapHits.Count}):");
        foreach (var group in overall.TrapHits.GroupBy(h => (h.ResumeId, h.SkillId)))
        {
            output.WriteLine($"  {group.Key.ResumeId}: {group.Key.SkillId} (in {string.Join(", ", group.Select(h => h.Format))})");
        }

        output.WriteLine($"most frequent false positives: {Frequent(outcomes.SelectMany(o => o.FalsePositives))}");
        output.WriteLine($"most frequent misses: {Frequent(outcomes.SelectMany(o => o.FalseNegatives))}");

        foreach (var failed in outcomes.Where(o => o.Failure is not null))
        {
            output.WriteLine($"  not analysed: {failed.Labels.Id} [{failed.Format}] {failed.Failure}");
        }

        if (verbose)
        {
            PrintDocuments(outcomes, output);
        }
    }

    private static void PrintExperience(IReadOnlyList<FormatSummary> summaries, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Experience: share of labelled jobs read with the right title, employer and dates (start and end); invented: entries given as jobs that are none; " +
            "seniority: exact agreement with the label, and documents off by more than one level.");
        output.WriteLine();
        output.WriteLine($"{"format",-18} {"jobs",5} | {"title",5} {"empl.",5} {"dates",5} | {"invented",8} {"missed",6} | {"senior.",7} {">1 off",6}");
        output.WriteLine(new string('-', 80));
        foreach (var s in summaries)
        {
            var e = s.Experience;
            output.WriteLine(
                $"{s.Format,-18} {e.Jobs,5} | {F(e.TitleAccuracy),5} {F(e.EmployerAccuracy),5} {F(e.DateAccuracy),5} | {e.Invented,8} {e.Missed,6} | {F(e.SeniorityAccuracy),7} {e.SeniorityOffByMoreThanOne,6}");
        }
    }

    private static void PrintDocuments(IReadOnlyList<DocumentOutcome> outcomes, TextWriter output)
    {
        foreach (var resume in outcomes.GroupBy(o => o.Labels.Id, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine($"{resume.Key} (expected role {resume.First().Labels.BestFitRole})");
            foreach (var o in resume)
            {
                output.WriteLine($"  [{o.Format}] skill F1 {F(o.Skills.F1)}, role {o.BestFitRole ?? "-"}{(o.RoleCorrect ? "" : " (wrong)")}");
                output.WriteLine($"      FP: {Join(o.FalsePositives)}");
                output.WriteLine($"      FN: {Join(o.FalseNegatives)}");
                if (o.ExperienceErrors.Count > 0)
                {
                    output.WriteLine($"      experience: {string.Join("; ", o.ExperienceErrors)}");
                }

                if (o.CertificationFalsePositives.Count + o.CertificationFalseNegatives.Count > 0)
                {
                    output.WriteLine($"      cert FP: {Join(o.CertificationFalsePositives)}; cert FN: {Join(o.CertificationFalseNegatives)}");
                }
            }
        }
    }

    private static string Frequent(IEnumerable<string> ids) => Join(ids
        .GroupBy(id => id, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(12)
        .Select(g => $"{g.Key} ×{g.Count()}")
        .ToList());

    private static string Join(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(", ", ids);

    private static string F(double? value) => value is null ? "-" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
