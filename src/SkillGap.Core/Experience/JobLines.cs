using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Experience;

/// <summary>
/// The lines jobs are read from: Experience sections, and work history under another name. A contractor lists
/// engagements under "Projects", and a heading we do not know ("Where I've done it") leaves its lines in the section
/// before it; there, a run of lines between headings counts from its first unmistakable job header on: not a bullet,
/// a date range, a title naming a role and an employer ("Platform lead (contract), Lumio Health (2022–present)"),
/// on one line or with its dates wrapped onto the next.
/// Education, certifications, skills, interests and references never hold jobs, whatever they look like.
/// </summary>
internal sealed class JobLines
{
    private const int MaxHeadingWords = 5;

    private readonly bool[] _lines;

    private JobLines(bool[] lines) => _lines = lines;

    public bool Contains(int line) => line >= 0 && line < _lines.Length && _lines[line];

    public static JobLines Of(ExtractedDocument document, SectionMap sections, BaselineRows rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new bool[document.Lines.Count];
        var found = false;
        var unknownHeading = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var kind = sections.KindOf(i);
            var heading = sections.IsHeading(i) || document.Lines[i].Hints.HeadingLevel > 0 || (i > 0 && sections.KindOf(i - 1) != kind);
            if (heading)
            {
                found = false;
                unknownHeading = false;
            }

            // A heading we do not know ("WHERE I'VE DONE IT") ends the section before it, here if not for skills.
            if (kind != SectionKind.Experience && !sections.IsHeading(i) && LooksLikeHeading(document.Lines[i]))
            {
                found = false;
                unknownHeading = true;
            }

            if (unknownHeading && kind != SectionKind.Experience)
            {
                kind = SectionKind.Unknown;
            }

            if (sections.IsHeading(i))
            {
                continue;
            }

            if (kind == SectionKind.Experience)
            {
                lines[i] = true;
                continue;
            }

            found = found || (kind is SectionKind.Projects or SectionKind.Summary or SectionKind.Contact or SectionKind.Other or SectionKind.Unknown
                              && !rows.IsPartner(i)
                              && (IsUnmistakableHeader(document.Lines[i], rows.TextOf(i))
                                  || (i + 1 < lines.Length && IsUnmistakableHeader(document.Lines[i], rows.TextOf(i) + " " + rows.TextOf(i + 1)))));
            lines[i] = found;
        }

        return new JobLines(lines);
    }

    private static bool LooksLikeHeading(DocumentLine line)
    {
        var text = line.Text.Trim();
        var styled = line.Hints.Bold || line.Hints.HeadingLevel > 0 || (text.Any(char.IsLetter) && !text.Any(char.IsLower));
        return styled && text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
               && !text.Any(char.IsDigit) && text.IndexOfAny(['—', '|', '·', ',', '.', '–']) < 0;
    }

    private static bool IsUnmistakableHeader(DocumentLine line, string text)
    {
        if (line.Hints.ListItem || EntryHeader.Read(text, listItem: false) is not { } parsed || parsed.Ranges.All(r => r.End is { } end && end == r.Start))
        {
            return false;
        }

        var fields = HeaderFields.Read([parsed.Remainder]);
        return fields.Employer is not null && HeaderFields.NamesRole(fields.Title) && !TechnicalJob.IsTraining(fields.Title);
    }
}
