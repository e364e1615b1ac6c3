using System.Text.RegularExpressions;

namespace SkillGap.Core.Analysis;

/// <summary>
/// Phrases in which a skill's alias means something else: "collaborative filtering" is a recommender technique,
/// "patient vitals monitoring" a medical device, "S3 storage" or "data storage costs" a bucket or a bill, "Ubuntu Women Foundation" a charity, "leadership team" the
/// executives, "API documentation" somebody else's docs. A mention inside one is not evidence of the skill.
/// </summary>
internal static partial class OtherMeanings
{
    private static readonly Dictionary<string, Regex> BySkill = new(StringComparer.Ordinal)
    {
        ["collaboration"] = Collaboration(),
        ["monitoring"] = Monitoring(),
        ["ubuntu"] = Ubuntu(),
        ["communication"] = Communication(),
        ["leadership"] = Leadership(),
        ["documentation"] = Documentation(),
        ["storage"] = Storage(),
    };

    /// <param name="text">The text around the mention.</param>
    /// <param name="start">Where the mention starts in <paramref name="text"/>.</param>
    public static bool Covers(string skillId, string text, int start, int length)
    {
        if (!BySkill.TryGetValue(skillId, out var pattern))
        {
            return false;
        }

        foreach (Match m in pattern.Matches(text))
        {
            if (m.Index <= start && start + length <= m.Index + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bcollaborative filtering\b|\b(?:web|online|team|video)?\s*collaboration (?:apps?|applications?|platforms?|tools?|software|suites?|features?)\b|\b(?:online|web) collaboration\b", RegexOptions.IgnoreCase)]
    private static partial Regex Collaboration();

    [GeneratedRegex(@"\b(?:patient|patients'?|vital[- ]signs?|vitals|heart[- ]rate|health|baby|glucose|blood[- ]pressure|environmental|air[- ]quality|crop|soil|wildlife|water[- ]quality)(?:\s+\w+)?\s+monitoring\b|\bmonitoring (?:of )?(?:patients?|vitals|vital signs|heart rate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Monitoring();

    [GeneratedRegex(@"\bUbuntu(?:\s+[A-Z][a-z]+){0,2}\s+(?:Foundation|Trust|Club|Society|Initiative|Fund|Village|School|Women|Youth|Network|Centre|Center|Choir|Group)\b")]
    private static partial Regex Ubuntu();

    [GeneratedRegex(@"\bcommunications? (?:capabilities|systems?|devices?|equipment|technolog(?:y|ies)|platforms?|networks?|satellites?)\b|\binfo-?communications?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\b(?:(?:senior|executive|company|organisational|organizational|IT|school|club|business|[A-Z]{2,5})\s+)?leadership (?:teams?|reporting|meetings?|exchange)\b|\b(?:by|to|from|with|for) (?:the )?(?:senior |executive |IT )?leadership\b|\bleadership (?:&|and) activities\b", RegexOptions.IgnoreCase)]
    private static partial Regex Leadership();

    [GeneratedRegex(@"\b(?:API|Flask|Django|React|vendor|official|product|framework|library|administrative|legal|shipping|customs|medical|clinical|loan|tax)\s+documentation\b", RegexOptions.IgnoreCase)]
    private static partial Regex Documentation();

    // The general storage skill (SAN/NAS, block, object) is not a cloud's storage service or what storing data costs.
    [GeneratedRegex(@"\b(?:S3|cloud|Google Cloud|blob|Azure)\s+storage\b|\b(?:data\s+)?storage\s+(?:costs?|bills?|spend)\b|\bstorages\b", RegexOptions.IgnoreCase)]
    private static partial Regex Storage();
}
