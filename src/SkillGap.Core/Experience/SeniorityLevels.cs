namespace SkillGap.Core.Experience;

public static class SeniorityLevels
{
    public const string Junior = "junior";
    public const string Mid = "mid";
    public const string Senior = "senior";
    public const string Staff = "staff";

    public static readonly IReadOnlyList<string> InOrder = [Junior, Mid, Senior, Staff];
}
