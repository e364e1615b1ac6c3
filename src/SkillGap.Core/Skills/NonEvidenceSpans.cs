using System.Text.RegularExpressions;

namespace SkillGap.Core.Skills;

/// <summary>
/// Web addresses, e-mail addresses and file paths in a line. Their words are not skill evidence: "https://" is not
/// HTTP, "jane.github.io" is not GitHub, "/etc/nginx/nginx.conf" is not NGINX experience.
/// </summary>
internal static partial class NonEvidenceSpans
{
    public static List<(int Start, int End)> In(string line)
    {
        var spans = new List<(int Start, int End)>();
        foreach (Match m in Pattern().Matches(line))
        {
            spans.Add((m.Index, m.Index + m.Length));
        }

        return spans;
    }

    // A bare domain counts only with a path or a sub-domain ("github.com/jane", "jane.github.io"), so "ASP.NET",
    // "Node.js" and "Statuspage.io" stay names. A path needs a leading "/", "~/" or "./", or a trailing "/":
    // "CI/CD" and "Git/GitHub/GitLab" are lists, not paths.
    [GeneratedRegex(
        @"\b(?:https?|ftp|sftp|ssh)://[^\s<>""'()]+" +
        @"|\bwww\.[^\s<>""'()]+" +
        @"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+" +
        @"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|info|co|uk|de|id|cloud|app|xyz|ai|sh|ly|us|ca|in|tech|site|page|eu|fr|pl|ie)/[^\s<>""'()]*" +
        @"|\b[a-z0-9-]+\.(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|info|co|uk|de|id|cloud|app|xyz|ai|sh|ly|us|ca|in|tech|site|page|eu|fr|pl|ie)\b" +
        @"|(?<![\w/.])(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]*)+" +
        @"|\b[\w.-]+(?:/[\w.-]+)+/(?=[\s),;]|$)" +
        @"|\b[A-Za-z]:\\[^\s]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
