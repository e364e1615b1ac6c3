using System.Text;
using SkillGap.Core.Documents;

namespace SkillGap.Core.Sections;

/// <summary>
/// Assigns every line a section from heading lines ("Work history", "TECHNICAL SKILLS:") and inline headings
/// ("Interests: hiking, puppetry"). Layout hints decide ambiguous short lines: "Experience" in bold or a
/// heading style is a heading; the same word inside a sentence is not.
/// </summary>
public static class SectionDetector
{
    private const int MaxHeadingWords = 6;

    public static SectionMap Detect(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var kinds = new SectionKind[document.Lines.Count];
        var headings = new bool[document.Lines.Count];
        var current = SectionKind.Contact;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];

            // The wrapped end of a sentence ("… Let's Encrypt" / "certificates.") is no heading, whatever its words.
            var continuesParagraph = document.ParagraphOf(i).Start.Value < i;
            if (!continuesParagraph && HeadingKind(line, current) is { } heading)
            {
                current = heading;
                kinds[i] = heading;
                headings[i] = true;
            }
            else if (InlineHeadingKind(line.Text) is { } inline)
            {
                // "Interests: chess, puppetry" belongs to Interests; the lines after it keep their section.
                kinds[i] = inline;
            }
            else
            {
                kinds[i] = current;
            }
        }

        return new SectionMap(kinds, headings);
    }

    internal static SectionKind? HeadingKind(DocumentLine line, SectionKind current = SectionKind.Unknown)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > 60 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
        {
            return null;
        }

        if (KnownKind(text) is not var (kind, exact))
        {
            return null;
        }

        // A bare word like "Work" or "Tools" is a heading only when it looks like one; so is an unlisted
        // "... experience", which could as well be "10 years of DevOps experience" in a summary.
        var normalized = Normalize(text);
        var styled = line.Hints.HeadingLevel > 0 || line.Hints.Bold || IsAllCaps(text) || text.EndsWith(':');
        // After "Interests" a sidebar's next block ("Languages", "Platforms") is a heading however plainly it is set:
        // otherwise every block below the interests would be swallowed by them.
        var looksLikeHeading = styled || (exact && (normalized.Contains(' ', StringComparison.Ordinal) || IsCommonStandalone(normalized)
                                                     || current == SectionKind.Interests));
        return looksLikeHeading ? kind : null;
    }

    /// <summary>
    /// A known heading, a bilingual one ("Berufserfahrung / Work experience"), or any short "... experience"
    /// heading ("Teaching experience", "Research and engineering experience").
    /// </summary>
    private static (SectionKind Kind, bool Exact)? KnownKind(string text)
    {
        foreach (var part in text.Split(['/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var normalized = Normalize(part);
            if (SectionHeadings.Known.TryGetValue(normalized, out var kind))
            {
                return (kind, true);
            }

            if (normalized.EndsWith(" experience", StringComparison.Ordinal) && normalized.Split(' ').Length <= 5 && !char.IsDigit(normalized[0]))
            {
                return (SectionKind.Experience, false);
            }
        }

        return null;
    }

    private static SectionKind? InlineHeadingKind(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40 || colon == text.Length - 1)
        {
            return null;
        }

        return SectionHeadings.Known.TryGetValue(Normalize(text[..colon]), out var kind)
               && kind is SectionKind.Interests or SectionKind.References or SectionKind.Certifications or SectionKind.Skills
            ? kind
            : null;
    }

    private static bool IsCommonStandalone(string normalized) =>
        normalized is "experience" or "education" or "skills" or "summary" or "profile" or "projects" or "certifications"
            or "references" or "interests" or "hobbies" or "objective" or "employment" or "referees" or "certificates" or "competencies";

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
