using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// "IAM" and "VPC" alone are words every cloud uses; the taxonomy lists them under AWS, which is what they
/// usually mean. A bare one keeps AWS when its paragraph names AWS, or names no cloud in a resume that names AWS.
/// When the paragraph (or, if it names none, the resume) names only Google Cloud or Azure, it is that cloud's own:
/// it becomes the generic skill (aws-iam → iam) when the taxonomy has one and is dropped otherwise. In a resume that
/// names no cloud at all, IAM is identity and access management in general, and VPC stays AWS's (no generic skill).
/// Only these shared words move: "S3", "EKS" or "CloudWatch" are AWS whatever else the paragraph names, and a
/// shared word is never the evidence that decides another.
/// </summary>
internal static class CloudQualifiedAliases
{
    private const string Aws = "aws";
    private static readonly string[] Clouds = [Aws, "azure", "gcp"];
    private static readonly HashSet<string> SharedWordSkills = new(StringComparer.Ordinal) { "aws-iam", "aws-vpc" };

    /// <summary>The clouds these matches name, leaving out the shared words themselves.</summary>
    public static HashSet<string> CloudsNamed(IEnumerable<AliasMatch> matches) =>
        matches.Where(m => m.Target == MatchTarget.Skill && !IsSharedWord(m)).Select(m => CloudOf(m.TargetId)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <param name="paragraphClouds">The clouds the mention's paragraph names (<see cref="CloudsNamed"/>).</param>
    /// <param name="documentClouds">The clouds the whole resume names.</param>
    public static AliasMatch? Resolve(AliasMatch match, IReadOnlySet<string> paragraphClouds, IReadOnlySet<string> documentClouds, Catalog catalog)
    {
        if (!IsSharedWord(match))
        {
            return match;
        }

        var clouds = paragraphClouds.Count > 0 ? paragraphClouds : documentClouds;

        var generic = catalog.FindSkill(match.TargetId[(Aws.Length + 1)..]) is { } skill ? match with { TargetId = skill.Id } : null;
        return clouds.Contains(Aws) ? match
            : clouds.Count > 0 ? generic
            : generic ?? match;
    }

    private static bool IsSharedWord(AliasMatch match) =>
        match.Target == MatchTarget.Skill && SharedWordSkills.Contains(match.TargetId) && !NamesACloud(match.Alias);

    private static string? CloudOf(string skillId) =>
        Clouds.FirstOrDefault(c => skillId == c || skillId.StartsWith(c + "-", StringComparison.Ordinal));

    private static bool NamesACloud(string alias) =>
        alias.Contains("aws", StringComparison.OrdinalIgnoreCase) || alias.Contains("amazon", StringComparison.OrdinalIgnoreCase)
        || alias.Contains("azure", StringComparison.OrdinalIgnoreCase) || alias.Contains("google", StringComparison.OrdinalIgnoreCase)
        || alias.Contains("gcp", StringComparison.OrdinalIgnoreCase);
}
