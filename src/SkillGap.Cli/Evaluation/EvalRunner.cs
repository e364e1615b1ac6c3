using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;

namespace SkillGap.Cli.Evaluation;

/// <summary>Reads every rendering of every eval resume from its bytes and runs the full analysis on it.</summary>
internal static class EvalRunner
{
    /// <summary>"Present" in the eval resumes means this day, so the scores do not drift as the calendar moves.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 1);

    /// <param name="catalog">When given, every role's certification path is checked against the advice rules.</param>
    public static List<DocumentOutcome> Run(EvalSet set, ResumeAnalyzer analyzer, DateOnly? today = null, CancellationToken cancellationToken = default, Catalog? catalog = null)
    {
        var day = today ?? ReferenceDate;
        var outcomes = new List<DocumentOutcome>();
        foreach (var resume in set.Resumes)
        {
            foreach (var document in resume.Documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(Analyse(resume.Labels, document, analyzer, day, catalog, cancellationToken));
            }
        }

        return outcomes;
    }

    private static DocumentOutcome Analyse(ResumeLabels labels, EvalDocument document, ResumeAnalyzer analyzer, DateOnly today, Catalog? catalog, CancellationToken cancellationToken)
    {
        try
        {
            var read = DocumentReader.Read(File.ReadAllBytes(document.Path), cancellationToken: cancellationToken);
            if (read.Document is null)
            {
                return DocumentOutcome.Failed(labels, document.Format, $"{read.Failure?.Kind}: {read.Failure?.Detail}", crashed: false);
            }

            var analysis = analyzer.Analyze(read.Document, today);
            return new DocumentOutcome(
                labels,
                document.Format,
                null,
                false,
                analysis.Skills.Where(s => s.Source == SkillSources.Text).Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
                analysis.Certifications.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
                analysis.BestFitRole,
                analysis.Experience)
            {
                AdviceViolations = catalog is null ? [] : AdviceRuleChecker.Check(analysis, catalog),
                AdviceStepsHeldByLabels = catalog is null ? [] : AdviceRuleChecker.StepsHeldByLabels(analysis, labels.HeldCertifications, catalog),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A crash is a bug to report, not a reason to stop scoring the other files. The type only: a message could quote the resume.
            return DocumentOutcome.Failed(labels, document.Format, $"crashed with {ex.GetType().Name}", crashed: true);
        }
    }
}
