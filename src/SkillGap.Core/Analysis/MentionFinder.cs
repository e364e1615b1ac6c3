using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;
using SkillGap.Core.Sections;
using SkillGap.Core.Skills;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Analysis;

/// <summary>A confirmed mention of a skill or certification, with the evidence a person can check.</summary>
/// <param name="Year">For a certification, the year written beside it ("CKA (2021)"), if any.</param>
internal sealed record Mention(AliasMatch Match, Evidence Evidence, int? Year = null);

internal static class MentionFinder
{
    private const int MaxSnippetLength = 240;

    /// <summary>
    /// Keeps the matches that count: not under Interests or References, and, for ordinary-word aliases,
    /// confirmed by the model (or the rules) in their context.
    /// </summary>
    public static List<Mention> Find(ExtractedDocument document, SectionMap sections, List<AliasMatch> matches, Func<MentionContext, bool>? confirmAmbiguous, Catalog catalog)
    {
        var lineOf = matches.Select(m => document.LineAt(m.Start)).ToArray();
        var documentClouds = CloudQualifiedAliases.CloudsNamed(matches);
        var mentions = new List<Mention>();
        for (var i = 0; i < matches.Count; i++)
        {
            var line = lineOf[i];
            var paragraphRange = document.ParagraphOf(line);
            if (CloudQualifiedAliases.Resolve(matches[i], MatchesIn(matches, lineOf, paragraphRange), documentClouds, catalog) is not { } match)
            {
                continue;
            }

            var section = sections.KindOf(line);
            if (!SectionMap.CountsAsSkillEvidence(section))
            {
                continue;
            }

            var paragraph = document.ParagraphText(paragraphRange, out var paragraphStart);
            if (match.Ambiguous)
            {
                var context = new MentionContext(paragraph, match.Start - paragraphStart, match.Length, match.TargetId, section);
                var confirmed = confirmAmbiguous?.Invoke(context)
                                ?? AmbiguityRules.Accepts(context, OtherSkillsIn(matches, paragraphStart, paragraphStart + paragraph.Length, i));
                if (!confirmed)
                {
                    continue;
                }
            }

            int? year = null;
            if (match.Target == MatchTarget.Certification)
            {
                var clause = CertificationClause(document, matches, lineOf, i);
                if (CertificationStatus.IsNotHeld(clause))
                {
                    continue;
                }

                year = CertificationStatus.Year(clause);
            }

            var snippet = Snippet(paragraph, match.Start - paragraphStart);
            mentions.Add(new Mention(match, new Evidence(SectionNames.ToName(section), snippet, match.Start, match.Length), year));
        }

        return mentions;
    }

    /// <summary>The text around a certification up to its neighbouring certifications on the line, where "(in progress)" would be.</summary>
    private static string CertificationClause(ExtractedDocument document, List<AliasMatch> matches, int[] lineOf, int index)
    {
        var line = lineOf[index];
        var from = document.LineStart(line);
        var to = from + document.Lines[line].Text.Length;
        for (var j = index - 1; j >= 0 && lineOf[j] == line; j--)
        {
            if (matches[j].Target == MatchTarget.Certification)
            {
                from = matches[j].Start + matches[j].Length;
                break;
            }
        }

        for (var j = index + 1; j < matches.Count && lineOf[j] == line; j++)
        {
            if (matches[j].Target == MatchTarget.Certification)
            {
                to = matches[j].Start;
                break;
            }
        }

        return document.Text[from..to];
    }

    private static IEnumerable<AliasMatch> MatchesIn(List<AliasMatch> matches, int[] lineOf, Range paragraph)
    {
        for (var j = 0; j < matches.Count; j++)
        {
            if (lineOf[j] >= paragraph.Start.Value && lineOf[j] < paragraph.End.Value)
            {
                yield return matches[j];
            }
        }
    }

    private static int OtherSkillsIn(List<AliasMatch> matches, int from, int to, int index)
    {
        var count = 0;
        for (var j = 0; j < matches.Count; j++)
        {
            if (j != index && !matches[j].Ambiguous && matches[j].Start >= from && matches[j].Start < to)
            {
                count++;
            }
        }

        return count;
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
}
