using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// "IAM" or "VPC" alone usually means AWS's, which is how the taxonomy lists them; but in a paragraph about
/// Google Cloud or Azure that never mentions AWS it means that cloud's own. Such a mention becomes the generic
/// skill (aws-iam → iam) when the taxonomy has one, and is dropped otherwise rather than credited to AWS.
/// </summary>
internal static class CloudQualifiedAliases
{
    private static readonly string[] Clouds = ["aws", "azure", "gcp"];

    public static AliasMatch? Resolve(AliasMatch match, IEnumerable<AliasMatch> paragraphMatches, Catalog catalog)
    {
        if (match.Target != MatchTarget.Skill || CloudOf(match.TargetId) is not { } cloud || NamesACloud(match.Alias))
        {
            return match;
        }

        var cloudsInParagraph = paragraphMatches.Where(m => m.Target == MatchTarget.Skill && m != match).Select(m => CloudOf(m.TargetId)).OfType<string>().ToHashSet();
        if (cloudsInParagraph.Contains(cloud) || cloudsInParagraph.Count == 0)
        {
            return match;
        }

        var generic = match.TargetId[(cloud.Length + 1)..];
        return catalog.FindSkill(generic) is null ? null : match with { TargetId = generic };
    }

    private static string? CloudOf(string skillId) =>
        Clouds.FirstOrDefault(c => skillId == c || skillId.StartsWith(c + "-", StringComparison.Ordinal));

    private static bool NamesACloud(string alias) =>
        alias.Contains("aws", StringComparison.OrdinalIgnoreCase) || alias.Contains("amazon", StringComparison.OrdinalIgnoreCase)
        || alias.Contains("azure", StringComparison.OrdinalIgnoreCase) || alias.Contains("google", StringComparison.OrdinalIgnoreCase)
        || alias.Contains("gcp", StringComparison.OrdinalIgnoreCase);
}
