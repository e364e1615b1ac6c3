namespace SkillGap.Core.Skills;

public enum MatchTarget
{
    Skill,
    Certification,
}

/// <param name="Ambiguous">Matched through an alias that is also an ordinary word; needs context to confirm.</param>
public sealed record AliasMatch(MatchTarget Target, string TargetId, int Start, int Length, string Alias, bool Ambiguous);
