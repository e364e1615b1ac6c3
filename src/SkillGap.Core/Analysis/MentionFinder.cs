using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;
using SkillGap.Core.Sections;
using SkillGap.Core.Skills;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Analysis;

/// <summary>A confirmed mention of a skill or certification, with the evidence a person can check.</summary>
/// <param name="Year">For a certification, the year written beside it ("CKA (2021)"), if any.</param>
internal sealed record Mention(AliasMatch Match, Evidence Evidence, int? Year = null);

internal static partial class MentionFinder
{
    private const int MaxSnippetLength = 240;

    // A role's name is a practice the person has when they held the job: "DevOps Engineer, Acme" under Experience
    // (or under a heading we could not place). In a summary or the header, a skills heading ("Cloud & DevOps:"),
    // a project, a bootcamp or "interested in pursuing DevOps" it is an aim or a topic, not the job.
    private static readonly HashSet<string> RolePractices = new(StringComparer.Ordinal) { "devops", "sre", "platform-engineering" };

    /// <summary>
    /// Keeps the matches that count: not under Interests or References, and, for ordinary-word aliases,
    /// confirmed by the model (or the rules) in their context. Linear in the matches: each paragraph's text,
    /// clouds and skill count are computed once, and the model reads a bounded window around each mention.
    /// </summary>
    public static List<Mention> Find(
        ExtractedDocument document, SectionMap sections, List<AliasMatch> matches, Func<MentionContext, bool>? confirmAmbiguous, Catalog catalog,
        DateOnly today, CancellationToken cancellationToken = default)
    {
        var lineOf = matches.Select(m => document.LineAt(m.Start)).ToArray();
        var documentClouds = CloudQualifiedAliases.CloudsNamed(matches);
        var mentions = new List<Mention>();
        MentionParagraph? paragraph = null;
        for (var i = 0; i < matches.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lineOf[i];
            if (paragraph is null || line >= paragraph.Lines.End.Value)
            {
                paragraph = MentionParagraph.At(document, document.ParagraphOf(line), matches, lineOf, i);
            }

            if (CloudQualifiedAliases.Resolve(matches[i], paragraph.Clouds, documentClouds, catalog) is not { } match)
            {
                continue;
            }

            var section = sections.KindOf(line);
            if (!SectionMap.CountsAsSkillEvidence(section))
            {
                continue;
            }


            var lineStart = document.LineStart(line);
            if (match.Target == MatchTarget.Skill
                && LinkLabels.IsLinkLabel(match.TargetId, document.Lines[line].Text, match.Start - lineStart, Math.Min(match.Length, document.Lines[line].Text.Length - (match.Start - lineStart))))
            {
                continue;
            }

            var (window, windowStart) = paragraph.WindowAround(match.Start);
            if (match.Target == MatchTarget.Skill && OtherMeanings.Covers(match.TargetId, window, match.Start - windowStart, match.Length))
            {
                continue;
            }

            if (match.Target == MatchTarget.Skill && RolePractices.Contains(match.TargetId) && !MayHoldAJob(section, Sentence(window, match.Start - windowStart)))
            {
                continue;
            }

            if (match.Ambiguous)
            {
                var context = new MentionContext(window, match.Start - windowStart, match.Length, match.TargetId, section);
                var confirmed = confirmAmbiguous?.Invoke(context)
                                ?? AmbiguityRules.Accepts(context, paragraph.UnambiguousCount);
                if (!confirmed)
                {
                    continue;
                }
            }

            int? year = null;
            if (match.Target == MatchTarget.Certification)
            {
                if (LevelOf(document.Text, match.Start + match.Length))
                {
                    continue; // "CCNA-level routing skills" describes a level of knowledge, not the certificate
                }

                var clause = CertificationClause(document, matches, lineOf, i);
                if (CertificationStatus.IsNotHeld(clause, today) || ListSaysLapsed(document, sections, line))
                {
                    continue;
                }

                year = CertificationStatus.Year(clause);
            }

            var snippet = Snippet(window, match.Start - windowStart);
            mentions.Add(new Mention(match, new Evidence(SectionNames.ToName(section), snippet, match.Start, match.Length), year));
        }

        return mentions;
    }

    /// <summary>Under Experience, a summary that does not only aim at the role, or a dated job header ("lead DevOps consultant — Jan 2023 – Present") that a heading we did not know left in the summary.</summary>
    private static bool MayHoldAJob(SectionKind section, string line) =>
        section is SectionKind.Experience or SectionKind.Unknown or SectionKind.Other
        || (section is SectionKind.Summary or SectionKind.Contact
            && (Experience.DateRangeParser.FindAll(line).Count > 0 || !Aspiration().IsMatch(line)));

    private static bool LevelOf(string text, int end) =>
        end < text.Length && text[end] is '-' or ' ' or '\u2010' or '\u2011'
        && string.Compare(text, end + 1, "level", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
        && (end + 6 >= text.Length || !char.IsLetter(text[end + 6]));

    /// <summary>"While most of my accreditations have not been renewed, …" above the list, within the same section.</summary>
    private static bool ListSaysLapsed(ExtractedDocument document, SectionMap sections, int line)
    {
        var kind = sections.KindOf(line);
        for (var i = line - 1; i >= 0 && i >= line - 40 && sections.KindOf(i) == kind; i--)
        {
            if (CertificationStatus.SaysListIsLapsed(document.Lines[i].Text))
            {
                return true;
            }

            if (sections.IsHeading(i))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// The text around a certification up to its neighbouring certifications in its paragraph, where "(in progress)" would be.
    /// Another name of the same certification does not end it: in "CCNA (Cisco 200-301) – In progress" the exam code is the CCNA too.
    /// </summary>
    private static string CertificationClause(ExtractedDocument document, List<AliasMatch> matches, int[] lineOf, int index)
    {
        var line = lineOf[index];
        var from = document.LineStart(line);
        var lastLine = document.ParagraphOf(line).End.Value - 1; // a wrapped name ("Solutions Architect -" / "Associate") goes on
        if (lastLine + 1 < document.Lines.Count && DatesOnly().IsMatch(document.Lines[lastLine + 1].Text))
        {
            lastLine++; // and so does its date line in a narrow column ("09/2023 - 09/2026")
        }

        var to = document.LineStart(lastLine) + document.Lines[lastLine].Text.Length;
        for (var j = index - 1; j >= 0 && lineOf[j] == line; j--)
        {
            if (matches[j].Target == MatchTarget.Certification && matches[j].TargetId != matches[index].TargetId)
            {
                from = matches[j].Start + matches[j].Length;
                break;
            }
        }

        for (var j = index + 1; j < matches.Count && lineOf[j] <= lastLine; j++)
        {
            if (matches[j].Target == MatchTarget.Certification && matches[j].TargetId != matches[index].TargetId)
            {
                to = matches[j].Start;
                break;
            }
        }

        return document.Text[from..to];
    }

    /// <summary>The paragraph, or for a long paragraph the sentence holding the mention.</summary>
    private static string Snippet(string line, int offsetInLine)
    {
        var trimmed = line.Trim();
        if (trimmed.Length <= MaxSnippetLength / 2)
        {
            return trimmed;
        }

        var start = SentenceStart(line, offsetInLine);
        var end = SentenceEnd(line, offsetInLine);
        if (end - start > MaxSnippetLength)
        {
            start = Math.Clamp(offsetInLine - (MaxSnippetLength / 2), start, end - MaxSnippetLength);
            end = start + MaxSnippetLength;
        }

        var sentence = line[start..end].Trim();
        return (start > 0 && end - start == MaxSnippetLength ? "…" : "") + sentence + (end < line.Length && end - start == MaxSnippetLength ? "…" : "");
    }

    private static string Sentence(string text, int offset) => text[SentenceStart(text, offset)..SentenceEnd(text, offset)];

    private static int SentenceStart(string line, int offset)
    {
        for (var i = Math.Min(offset, line.Length) - 1; i > 0; i--)
        {
            if (line[i] == ' ' && line[i - 1] is '.' or '!' or '?' or ';' or '•')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string line, int offset)
    {
        for (var i = offset; i < line.Length - 1; i++)
        {
            if (line[i] is '.' or '!' or '?' or ';' && line[i + 1] == ' ')
            {
                return i + 1;
            }
        }

        return line.Length;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:aspiring|interested in|interest in|looking to|seeking|pursuing|pursue|transition(?:ing)? (?:in)?to|career in|passionate about|keen to|eager to|want to|goal is|willing(?:ness)? to|learning|to become)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Aspiration();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s(]*(?:(?:\d{1,2}/)?\d{4}|[A-Z][a-z]{2,8}\.? \d{4})(?:\s*(?:-|–|—|to)\s*(?:(?:\d{1,2}/)?\d{4}|[A-Z][a-z]{2,8}\.? \d{4}|present|now|non-expiring|no expiry))?[\s)]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DatesOnly();
}
