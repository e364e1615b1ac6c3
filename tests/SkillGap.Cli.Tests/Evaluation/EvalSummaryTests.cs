using SkillGap.Cli.Evaluation;

namespace SkillGap.Cli.Tests.Evaluation;

public sealed class EvalSummaryTests
{
    private static readonly ResumeLabels Sysadmin = new(
        "a", "sysadmin", ["linux", "bash", "ansible"], ["chef"], ["rhcsa"], "infrastructure-engineer", new ExperienceLabels("mid", []));

    private static readonly ResumeLabels Developer = new(
        "b", "developer", ["go", "kubernetes"], [], [], "platform-engineer", new ExperienceLabels("junior", []));

    private static DocumentOutcome Outcome(ResumeLabels labels, string format, string[] skills, string[] certifications, string role) =>
        new(labels, format, null, false, new HashSet<string>(skills), new HashSet<string>(certifications), role);

    private static IReadOnlyList<FormatSummary> Summaries() => EvalSummary.Build(
    [
        Outcome(Sysadmin, "docx", ["linux", "bash", "ansible"], ["rhcsa"], "infrastructure-engineer"),
        Outcome(Sysadmin, "chromium.pdf", ["linux", "bash", "chef"], [], "devops-engineer"),
        Outcome(Developer, "docx", ["go", "kubernetes"], [], "platform-engineer"),
        Outcome(Developer, "chromium.pdf", ["go", "kubernetes", "helm"], ["cka"], "platform-engineer"),
    ]);

    [Fact]
    public void SummarisesEachFormatInReportOrderThenOverall()
    {
        Assert.Equal(["docx", "chromium.pdf", EvalSummary.Overall], Summaries().Select(s => s.Format));
    }

    [Fact]
    public void SkillAndCertificationCountsAreSummedPerFormat()
    {
        var pdf = Summaries()[1];

        Assert.Equal(new MatchCounts(TruePositives: 4, FalsePositives: 2, FalseNegatives: 1), pdf.Skills);
        Assert.Equal(new MatchCounts(TruePositives: 0, FalsePositives: 1, FalseNegatives: 1), pdf.Certifications);
        Assert.Equal(0.5, pdf.RoleAccuracy);
    }

    [Fact]
    public void TrapHitsNameTheResumeTheFormatAndTheSkill()
    {
        var overall = Summaries()[^1];

        Assert.Equal([new TrapHit("a", "chromium.pdf", "chef")], overall.TrapHits);
        Assert.Empty(Summaries()[0].TrapHits);
    }

    [Fact]
    public void AgreementComparesRenderingsOfTheSameResumeOnly()
    {
        var overall = Summaries()[^1];

        // Resume a: {linux,bash,ansible} vs {linux,bash,chef} = 2/4; resume b: {go,kubernetes} vs {go,kubernetes,helm} = 2/3.
        Assert.Equal((0.5 + (2.0 / 3)) / 2, overall.AgreementMean!.Value, 10);
        Assert.Equal(0.5, overall.AgreementMin!.Value, 10);
    }

    [Fact]
    public void AReadFailureCountsAsFailedAndMissesEverything()
    {
        var summaries = EvalSummary.Build([DocumentOutcome.Failed(Sysadmin, "docx", "Corrupt: broken", crashed: false)]);

        Assert.Equal(1, summaries[0].Failures);
        Assert.Equal(new MatchCounts(0, 0, 3), summaries[0].Skills);
        Assert.Null(summaries[0].AgreementMean);
    }
}
