using SkillGap.Core.Analysis;
using SkillGap.Core.Refusals;
using SkillGap.Web.Data;
using SkillGap.Web.Infrastructure;

namespace SkillGap.Web.Analyses;

/// <summary>An upload either became a stored analysis or was refused for a reason the person can act on.</summary>
public abstract record AnalysisOutcome
{
    public sealed record Created(AnalysisRecord Record, ResumeAnalysis Analysis) : AnalysisOutcome;

    public sealed record Refused(Refusal Refusal) : AnalysisOutcome
    {
        public int Status => RefusalProblems.For(Refusal.Reason).Status;

        public string Title => RefusalProblems.For(Refusal.Reason).Title;

        public string Detail => Refusal.Detail;
    }
}
