using System.Text.RegularExpressions;

namespace SkillGap.Core.Analysis;

/// <summary>
/// "GitHub: github.com/jane", "LinkedIn • Email • GitHub", "GitHub ↗", "view on GitHub": the name of a code host used
/// as the label of a link says where the person's code is, not that they use the tool.
/// </summary>
internal static partial class LinkLabels
{
    private static readonly HashSet<string> CodeHosts = new(StringComparer.Ordinal) { "github", "gitlab", "bitbucket" };

    public static bool IsLinkLabel(string skillId, string line, int start, int length)
    {
        if (!CodeHosts.Contains(skillId) || start < 0 || start + length > line.Length)
        {
            return false;
        }

        var before = line[..start];
        var after = line[(start + length)..];
        var next = after.TrimStart();
        if (next.StartsWith('↗') || LabelThenAddress().IsMatch(next) || ProfileWord().IsMatch(next) || ViewOn().IsMatch(before))
        {
            return true;
        }

        return IsListItem(before, next) && OtherContactWord().Matches(before + " " + after).Count > 0;
    }

    private static bool IsListItem(string before, string next)
    {
        var previous = before.TrimEnd();
        return (previous.Length == 0 || IsSeparator(previous[^1])) && (next.Length == 0 || IsSeparator(next[0]));
    }

    private static bool IsSeparator(char c) => c is '|' or '•' or '·' or ',' or ';' or '/' or '–' or '-' or '●' or '⋅' or '∙';

    // "GitHub:" with nothing after it, or an address, a handle or a domain.
    [GeneratedRegex(@"^:\s*(?:$|[@\w.-]*[./@][\w./-]*|[\w-]+\s*$)")]
    private static partial Regex LabelThenAddress();

    [GeneratedRegex(@"^(?:portfolio|profile|page|account|handle)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileWord();

    [GeneratedRegex(@"\b(?:view|see|find me|code|source)\s+(?:it\s+)?on\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewOn();

    [GeneratedRegex(@"\b(?:linkedin|e-?mail|website|web|portfolio|blog|twitter|phone|mobile|tel|medium|stack ?overflow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherContactWord();
}
