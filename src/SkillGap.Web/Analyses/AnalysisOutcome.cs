using SkillGap.Core.Analysis;
using SkillGap.Web.Data;

namespace SkillGap.Web.Analyses;

/// <summary>An upload either became a stored analysis or was refused for a reason the person can act on.</summary>
public abstract record AnalysisOutcome
{
    public sealed record Created(AnalysisRecord Record, ResumeAnalysis Analysis) : AnalysisOutcome;

    public sealed record Refused(int Status, string Title, string Detail) : AnalysisOutcome;
}
