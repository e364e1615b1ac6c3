using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

/// <summary>
/// The README's quality numbers, as a gate: the full pipeline (readers, sections, matcher, trained model) over every
/// rendering of the labelled eval set. A change that drops a number below its target fails here.
/// </summary>
public sealed class EvalQualityGateTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data");
    private static readonly string ModelPath = Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.zip");
    private static readonly Lazy<List<DocumentOutcome>> MainOutcomes = new(() => Outcomes(Path.Combine(DataDirectory, "eval")));
    private static readonly Lazy<List<DocumentOutcome>> HoldoutOutcomes = new(() => Outcomes(Path.Combine(DataDirectory, "eval", "holdout")));
    private static readonly Lazy<FormatSummary> Main = new(() => Overall(MainOutcomes.Value));
    private static readonly Lazy<FormatSummary> Holdout = new(() => Overall(HoldoutOutcomes.Value));

    private static List<DocumentOutcome> Outcomes(string evalDirectory)
    {
        var pipeline = EvalPipeline.Load(DataDirectory, ModelPath, out var error) ?? throw new InvalidOperationException(error);
        var outcomes = EvalRunner.Run(EvalSetFiles.Load(evalDirectory), pipeline.Analyzer, catalog: pipeline.Catalog);
        Assert.DoesNotContain(outcomes, o => o.Crashed);
        return outcomes;
    }

    private static FormatSummary Overall(List<DocumentOutcome> outcomes) => EvalSummary.Build(outcomes).Single(s => s.Format == EvalSummary.Overall);

    [Fact]
    public void TextSkillF1IsAtLeast095()
    {
        Assert.True(Main.Value.Skills.F1 >= 0.95, $"skill F1 {Main.Value.Skills.F1:0.000}");
        Assert.True(Holdout.Value.Skills.F1 >= 0.95, $"held-out skill F1 {Holdout.Value.Skills.F1:0.000}");
    }

    [Fact]
    public void CertificationF1IsAtLeast097()
    {
        Assert.True(Main.Value.Certifications.F1 >= 0.97, $"certification F1 {Main.Value.Certifications.F1:0.000}");
    }

    [Fact]
    public void TheSameResumeGivesTheSameSkillsInEveryFormat()
    {
        Assert.True(Main.Value.AgreementMean >= 0.97, $"mean cross-format Jaccard {Main.Value.AgreementMean:0.000}");
        Assert.True(Holdout.Value.AgreementMean >= 0.97, $"held-out mean cross-format Jaccard {Holdout.Value.AgreementMean:0.000}");
    }

    [Fact]
    public void NoTrapWordBecomesASkill()
    {
        Assert.Empty(Main.Value.TrapHits.Select(t => $"{t.ResumeId} {t.Format} {t.SkillId}"));
    }

    [Fact]
    public void BestFitRoleMatchesTheLabelForNineInTen()
    {
        Assert.True(Main.Value.RoleAccuracy >= 0.9, $"best-fit accuracy {Main.Value.RoleAccuracy:0.000}");
    }

    [Fact]
    public void NoCertificationPathBreaksAnAdviceRule()
    {
        static IEnumerable<string> Violations(List<DocumentOutcome> outcomes) =>
            outcomes.SelectMany(o => o.AdviceViolations.Select(v => $"{o.Labels.Id} {o.Format} {v.RoleId} ({v.Rule}) {v.Detail}"));

        Assert.Empty(Violations(MainOutcomes.Value));
        Assert.Empty(Violations(HoldoutOutcomes.Value));
        Assert.True(MainOutcomes.Value.Count(o => o.Failure is null) > 100, "the advice rules were checked on the analysed documents");
    }

    [Fact]
    public void JobsAreReadWithTheirTitleEmployerAndDatesAndNoneInvented()
    {
        foreach (var (set, e) in new[] { ("main", Main.Value.Experience), ("held-out", Holdout.Value.Experience) })
        {
            Assert.True(e.TitleAccuracy >= 0.95 && e.EmployerAccuracy >= 0.95 && e.DateAccuracy >= 0.95,
                $"{set} title / employer / dates {e.TitleAccuracy:0.000} / {e.EmployerAccuracy:0.000} / {e.DateAccuracy:0.000}");
            Assert.Equal(0, e.Invented);
        }
    }

    [Fact]
    public void SeniorityAgreesWithTheLabelForNineInTenAndIsNeverOffByMoreThanOneLevel()
    {
        foreach (var (set, e) in new[] { ("main", Main.Value.Experience), ("held-out", Holdout.Value.Experience) })
        {
            Assert.True(e.SeniorityAccuracy >= 0.90, $"{set} seniority exact {e.SeniorityAccuracy:0.000}");
            Assert.Equal(0, e.SeniorityOffByMoreThanOne);
        }
    }
}
