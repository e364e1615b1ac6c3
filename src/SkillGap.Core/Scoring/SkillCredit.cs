namespace SkillGap.Core.Scoring;

/// <summary>The best evidence a resume has for one skill, and the credit it earns.</summary>
public sealed record SkillCredit(string SkillId, string Source, double Credit);
