namespace SkillGap.Cli.Evaluation;

/// <summary>A trap skill the pipeline reported as written in the text.</summary>
public sealed record TrapHit(string ResumeId, string Format, string SkillId);

/// <summary>Scores over a group of documents: one producer's renderings, or all of them ("overall").</summary>
/// <param name="AgreementMean">Mean Jaccard between this group's skill sets and the other renderings of the same resume; null when no resume has two renderings.</param>
public sealed record FormatSummary(
    string Format,
    int Documents,
    int Failures,
    MatchCounts Skills,
    MatchCounts Certifications,
    int RolesCorrect,
    IReadOnlyList<TrapHit> TrapHits,
    double? AgreementMean,
    double? AgreementMin,
    ExperienceScore Experience = default)
{
    public double RoleAccuracy => Documents == 0 ? 0 : (double)RolesCorrect / Documents;
}
