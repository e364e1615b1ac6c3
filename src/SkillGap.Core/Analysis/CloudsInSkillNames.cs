using SkillGap.Core.Documents;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// A cloud written inside a longer skill name ("AWS" in "AWS VPC", "Azure" in "Azure Kubernetes Service") is a
/// written cloud, as it is for a reader: "EKS" alone says AWS only by implication, "AWS EKS" says it. The matcher
/// keeps the longest name, so the words inside it are matched again without its last word and without its first.
/// Only clouds: "GitHub" in "GitHub Actions" or "GitLab" in "GitLab CI" names the vendor of a tool, not use of its
/// platform, and stays implied.
/// </summary>
internal static class CloudsInSkillNames
{
    private static readonly string[] Clouds = ["aws", "azure", "gcp"];

    public static IEnumerable<Mention> From(IEnumerable<Mention> mentions, ExtractedDocument document, AliasMatcher matcher)
    {
        foreach (var outer in mentions.Where(m => m.Match.Target == MatchTarget.Skill && !Clouds.Contains(m.Match.TargetId)))
        {
            var name = document.Text.Substring(outer.Match.Start, outer.Match.Length);
            foreach (var cloud in InnerMatches(name, matcher).Where(m => Clouds.Contains(m.TargetId)).DistinctBy(m => m.TargetId))
            {
                var start = outer.Match.Start + cloud.Start;
                yield return new Mention(cloud with { Start = start }, outer.Evidence with { Start = start, Length = cloud.Length });
            }
        }
    }

    private static IEnumerable<AliasMatch> InnerMatches(string name, AliasMatcher matcher)
    {
        // A name a PDF wrapped ("AWS" / "EC2") holds a line break where the space was.
        var firstBreak = name.IndexOfAny([' ', '\n']);
        if (firstBreak < 0)
        {
            return [];
        }

        var lastBreak = name.LastIndexOfAny([' ', '\n']);
        var withoutLast = matcher.MatchSkills(name[..lastBreak]);
        var withoutFirst = matcher.MatchSkills(name[(firstBreak + 1)..]).Select(m => m with { Start = m.Start + firstBreak + 1 });
        return withoutLast.Concat(withoutFirst);
    }
}
