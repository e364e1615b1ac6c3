using SkillGap.Core.Documents;
using SkillGap.Core.Sections;
using SkillGap.Core.Skills;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Analysis;

/// <summary>A confirmed mention of a skill or certification, with the evidence a person can check.</summary>
internal sealed record Mention(AliasMatch Match, Evidence Evidence);

internal static class MentionFinder
{
    private const int MaxSnippetLength = 240;

    /// <summary>
    /// Keeps the matches that count: not under Interests or References, and, for ordinary-word aliases,
    /// confirmed by the model (or the rules) in their context.
    /// </summary>
    public static List<Mention> Find(ExtractedDocument document, SectionMap sections, List<AliasMatch> matches, Func<MentionContext, bool>? confirmAmbiguous)
    {
        var lineOf = matches.Select(m => document.LineAt(m.Start)).ToArray();
        var mentions = new List<Mention>();
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var line = lineOf[i];
            var section = sections.KindOf(line);
            if (!SectionMap.CountsAsSkillEvidence(section))
            {
                continue;
            }

            if (match.Ambiguous)
            {
                var context = new MentionContext(document.Text, match.Start, match.Length, match.TargetId, section);
                var confirmed = confirmAmbiguous?.Invoke(context) ?? AmbiguityRules.Accepts(context, OtherSkillsOnLine(matches, lineOf, i));
                if (!confirmed)
                {
                    continue;
                }
            }

            var lineText = document.Lines[line].Text;
            var lineStart = document.LineStart(line);
            var snippet = Snippet(lineText, match.Start - lineStart);
            mentions.Add(new Mention(match, new Evidence(SectionNames.ToName(section), snippet, match.Start, match.Length)));
        }

        return mentions;
    }

    private static int OtherSkillsOnLine(List<AliasMatch> matches, int[] lineOf, int index)
    {
        var count = 0;
        for (var j = 0; j < matches.Count; j++)
        {
            if (j != index && lineOf[j] == lineOf[index] && !matches[j].Ambiguous)
            {
                count++;
            }
        }

        return count;
    }

    private static string Snippet(string line, int offsetInLine)
    {
        var trimmed = line.Trim();
        if (trimmed.Length <= MaxSnippetLength)
        {
            return trimmed;
        }

        var start = Math.Clamp(offsetInLine - (MaxSnippetLength / 2), 0, line.Length - MaxSnippetLength);
        return "…" + line.Substring(start, MaxSnippetLength).Trim() + "…";
    }
}
