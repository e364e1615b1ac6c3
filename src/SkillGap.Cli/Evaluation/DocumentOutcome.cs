using SkillGap.Core.Experience;

namespace SkillGap.Cli.Evaluation;

/// <summary>What the pipeline produced for one rendering of one resume, compared with that resume's labels.</summary>
/// <param name="Failure">Why the document could not be read (a read failure or a crash); null when it was analysed.</param>
/// <param name="Experience">The jobs and seniority read; null when the document was not analysed.</param>
/// <param name="TextSkills">Skill ids found in the text (source "text"; inferred skills are not scored).</param>
public sealed record DocumentOutcome(
    ResumeLabels Labels,
    string Format,
    string? Failure,
    bool Crashed,
    IReadOnlySet<string> TextSkills,
    IReadOnlySet<string> Certifications,
    string? BestFitRole,
    ExperienceSummary? Experience = null)
{
    public ExperienceScore ExperienceScore => ExperienceScore.Compare(Labels.Experience, Experience);

    public IReadOnlyList<string> ExperienceErrors => ExperienceScore.Errors(Labels.Experience, Experience);

    /// <summary>Broken rules of the certification paths, all roles (see <see cref="AdviceRuleChecker"/>).</summary>
    public IReadOnlyList<AdviceViolation> AdviceViolations { get; init; } = [];

    /// <summary>Path steps ("role: certification") the labels say the person holds: detection misses seen as advice.</summary>
    public IReadOnlyList<string> AdviceStepsHeldByLabels { get; init; } = [];

    public MatchCounts Skills => SetScores.Compare(Ids(Labels.ExpectedSkills), TextSkills);

    public MatchCounts CertificationCounts => SetScores.Compare(Ids(Labels.HeldCertifications), Certifications);

    public bool RoleCorrect => BestFitRole == Labels.BestFitRole;

    public IReadOnlyList<string> TrapHits => Labels.MustNotAppear.Where(TextSkills.Contains).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> FalsePositives => TextSkills.Except(Labels.ExpectedSkills).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> FalseNegatives => Labels.ExpectedSkills.Except(TextSkills).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> CertificationFalsePositives => Certifications.Except(Labels.HeldCertifications).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> CertificationFalseNegatives => Labels.HeldCertifications.Except(Certifications).Order(StringComparer.Ordinal).ToList();

    public static DocumentOutcome Failed(ResumeLabels labels, string format, string failure, bool crashed) =>
        new(labels, format, failure, crashed, new HashSet<string>(), new HashSet<string>(), null);

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
}
