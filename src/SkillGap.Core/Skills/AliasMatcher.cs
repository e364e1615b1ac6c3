using System.Text.RegularExpressions;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;

namespace SkillGap.Core.Skills;

/// <summary>
/// Finds skill and certification aliases in text, at word boundaries, leftmost-longest, without overlaps.
/// Hyphens are ignored on both sides, so "load-balancing" matches "load balancing" and "Go-live" shows
/// "Go" to the ambiguity check (which is where it belongs).
/// </summary>
public sealed partial class AliasMatcher
{
    private readonly Dictionary<string, List<AliasPattern>> _byFirstToken;

    private AliasMatcher(Dictionary<string, List<AliasPattern>> byFirstToken) => _byFirstToken = byFirstToken;

    public static AliasMatcher Build(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var patterns = new List<AliasPattern?>();
        foreach (var skill in catalog.Skills)
        {
            var ambiguous = new HashSet<string>(skill.AmbiguousAliases, StringComparer.OrdinalIgnoreCase);
            foreach (var alias in skill.Aliases.Prepend(skill.Name).Where(a => !ambiguous.Contains(a)))
            {
                patterns.Add(AliasPattern.Create(MatchTarget.Skill, skill.Id, alias, caseSensitive: false));
            }

            patterns.AddRange(skill.AmbiguousAliases.Select(a => AliasPattern.Create(MatchTarget.Skill, skill.Id, a, caseSensitive: true)));
        }

        foreach (var cert in catalog.Certifications)
        {
            patterns.AddRange(cert.Aliases.Prepend(cert.Name).Select(a => AliasPattern.Create(MatchTarget.Certification, cert.Id, a, caseSensitive: false)));
        }

        var byFirst = new Dictionary<string, List<AliasPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns.OfType<AliasPattern>().DistinctBy(p => (p.Target, p.TargetId, Key(p))))
        {
            var key = pattern.Tokens[0].Normalized;
            if (!byFirst.TryGetValue(key, out var list))
            {
                byFirst[key] = list = [];
            }

            list.Add(pattern);
        }

        // Longest first, so the first pattern that fits is the one to keep. On equal text a skill beats a
        // certification: "GitHub Actions" on a resume is the tool, the exam needs its own wording.
        foreach (var list in byFirst.Values)
        {
            list.Sort(static (a, b) =>
                b.Tokens.Length != a.Tokens.Length ? b.Tokens.Length.CompareTo(a.Tokens.Length)
                : a.Target != b.Target ? a.Target.CompareTo(b.Target)
                : b.Alias.Length != a.Alias.Length ? b.Alias.Length.CompareTo(a.Alias.Length)
                : string.CompareOrdinal(a.TargetId, b.TargetId));
        }

        return new AliasMatcher(byFirst);
    }

    /// <summary>Matches never span a line break: a heading under a line is not the end of its phrase.</summary>
    public List<AliasMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<AliasMatch>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            MatchLine(text[lineStart..lineEnd], lineStart, matches);
            lineStart = lineEnd + 1;
        }

        return matches;
    }

    /// <summary>
    /// Matches within each paragraph, so a name a PDF wrapped ("Key" / "Vault") is still one name; offsets index
    /// <see cref="ExtractedDocument.Text"/>, where the wrap is a line break.
    /// </summary>
    public List<AliasMatch> Match(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var matches = new List<AliasMatch>();
        var line = 0;
        while (line < document.Lines.Count)
        {
            var paragraph = document.ParagraphOf(line);
            MatchLine(document.ParagraphText(paragraph, out var start), start, matches);
            line = paragraph.End.Value;
        }

        return matches;
    }

    /// <summary>Skill aliases only, as if no certification existed: the skills a certification's own name holds ("ITIL" in "ITIL 4 Foundation").</summary>
    public List<AliasMatch> MatchSkills(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<AliasMatch>();
        MatchLine(text, 0, matches, skillsOnly: true);
        return matches;
    }

    private void MatchLine(string line, int offset, List<AliasMatch> matches, bool skillsOnly = false)
    {
        var stream = MatchableTokens(Tokenizer.Tokenize(line)).ToArray();
        BlankNonEvidence(line, stream);
        var i = 0;
        while (i < stream.Length)
        {
            var found = FindAt(stream, i, skillsOnly);
            if (found is null)
            {
                i++;
                continue;
            }

            var (pattern, count) = found.Value;
            var first = stream[i];
            var last = stream[i + count - 1];
            matches.Add(new AliasMatch(pattern.Target, pattern.TargetId, offset + first.Start, last.End - first.Start, pattern.Alias, pattern.CaseSensitive));
            i += count;
        }
    }

    /// <summary>Words inside a web address, e-mail address or file path become barriers that no alias starts with or crosses.</summary>
    private static void BlankNonEvidence(string line, Token[] stream)
    {
        var spans = NonEvidenceSpans.In(line);
        if (spans.Count == 0)
        {
            return;
        }

        for (var k = 0; k < stream.Length; k++)
        {
            var token = stream[k];
            if (spans.Exists(s => token.Start >= s.Start && token.Start < s.End))
            {
                stream[k] = token with { Normalized = Barrier, IsWord = false };
            }
        }
    }

    private const string Barrier = "\u0001";

    internal static IEnumerable<Token> MatchableTokens(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Normalized is not ("-" or "\u00AE" or "\u2122" or "\u00A9" or "\u00AD"));

    private (AliasPattern Pattern, int Count)? FindAt(Token[] stream, int i, bool skillsOnly)
    {
        foreach (var key in Keys(stream[i]))
        {
            if (!_byFirstToken.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var pattern in candidates)
            {
                if ((!skillsOnly || pattern.Target == MatchTarget.Skill) && Fits(pattern, stream, i))
                {
                    return (pattern, pattern.Tokens.Length);
                }
            }
        }

        return null;
    }

    private static bool Fits(AliasPattern pattern, Token[] stream, int start)
    {
        if (start + pattern.Tokens.Length > stream.Length)
        {
            return false;
        }

        for (var k = 0; k < pattern.Tokens.Length; k++)
        {
            var expected = pattern.Tokens[k];
            var actual = stream[start + k];
            if (actual.Normalized == Barrier)
            {
                return false;
            }

            var isLast = k == pattern.Tokens.Length - 1;
            var same = pattern.CaseSensitive
                ? actual.Text == expected.Text || IsAllCapsFormOf(actual.Text, expected.Text)
                : actual.Normalized == expected.Normalized || VersionlessForm(actual) == expected.Normalized
                  || (isLast && pattern.AllowsPlural && IsPluralOf(actual.Normalized, expected.Normalized));
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    // "JAVA", "GO", "HELM" in an all-caps skills line: the word as its writer's caps lock wrote it. Still ambiguous,
    // so the model (or the rules) decides from the context, as for "Java".
    private static bool IsAllCapsFormOf(string actual, string expected) =>
        actual.Length == expected.Length && expected.Any(char.IsLower) && actual.Any(char.IsLetter) && !actual.Any(char.IsLower)
        && string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Keys(Token token)
    {
        yield return token.Normalized;
        if (VersionlessForm(token) is { } versionless)
        {
            yield return versionless;
        }

        if (token.Normalized.EndsWith('s'))
        {
            yield return token.Normalized[..^1];
            if (token.Normalized.EndsWith("es", StringComparison.Ordinal))
            {
                yield return token.Normalized[..^2];
            }
        }
    }

    private static bool IsPluralOf(string actual, string singular) =>
        actual.Length == singular.Length + 1 && actual[^1] == 's' && actual.StartsWith(singular, StringComparison.Ordinal)
        || actual.Length == singular.Length + 2 && actual.EndsWith("es", StringComparison.Ordinal) && actual.StartsWith(singular, StringComparison.Ordinal);

    // "python3", "rhel8", "ubuntu22.04": a name of four or more letters with a version glued on.
    private static string? VersionlessForm(Token token) =>
        token.IsWord && GluedVersion().Match(token.Normalized) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Key(AliasPattern pattern) =>
        string.Join(' ', pattern.Tokens.Select(t => pattern.CaseSensitive ? t.Text : t.Normalized));

    [GeneratedRegex(@"^([a-z]{4,})\d[\d.]*$")]
    private static partial Regex GluedVersion();
}
