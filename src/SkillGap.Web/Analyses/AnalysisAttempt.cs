using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Refusals;

namespace SkillGap.Web.Analyses;

/// <summary>Bytes read and analysed, nothing stored yet: the document and its analysis, or the refusal.</summary>
public sealed record AnalysisAttempt(ExtractedDocument? Document, ResumeAnalysis? Analysis, Refusal? Refusal)
{
    public static AnalysisAttempt Refuse(Refusal refusal) => new(null, null, refusal);
}
