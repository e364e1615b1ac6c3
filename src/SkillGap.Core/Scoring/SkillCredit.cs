using SkillGap.Core.Experience;

namespace SkillGap.Core.Scoring;

/// <summary>The best evidence a resume has for one skill, and the credit it earns.</summary>
/// <param name="Usage">For skills mentioned in dated jobs: how long and until when.</param>
public sealed record SkillCredit(string SkillId, string Source, double Credit, SkillUsage? Usage = null);
