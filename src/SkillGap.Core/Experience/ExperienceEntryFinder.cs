using System.Text.RegularExpressions;
using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Experience;

/// <summary>
/// Splits Experience sections into dated jobs. A job starts at a header line holding its dates, or at the line
/// just above a line that holds only dates; it runs to the next job's header or the next section heading.
/// Lines without a readable date range start nothing: a job whose dates cannot be read is left out, not guessed.
/// </summary>
internal static partial class ExperienceEntryFinder
{
    private const int MaxRunningLines = 2;

    public static List<DatedEntry> Find(ExtractedDocument document, SectionMap sections, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        var headers = Headers(document, sections, today);
        var entries = new List<DatedEntry>();
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            var last = header.DateLine;
            var limit = h + 1 < headers.Count ? headers[h + 1].FirstLine - 1 : document.Lines.Count - 1;
            while (last < limit && InExperience(sections, last + 1))
            {
                last++;
            }

            var (title, employer) = EntryHeader.TitleAndEmployer(header.Words);
            if (title.Length == 0 || NotWork().IsMatch(title))
            {
                continue;
            }

            var text = string.Join('\n', Enumerable.Range(header.FirstLine, last - header.FirstLine + 1).Select(i => document.Lines[i].Text));
            entries.Add(new DatedEntry(header.FirstLine, last, title, employer, header.Ranges, header.Intervals, text));
        }

        return entries;
    }

    private static List<Header> Headers(ExtractedDocument document, SectionMap sections, DateOnly today)
    {
        var headers = new List<Header>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (!InExperience(sections, i) || Read(document, sections, i) is not ({ } parsed, var dateLine))
            {
                continue;
            }

            var ranges = parsed.Ranges.Where(r => r.ToInterval(today) is not null).ToList();
            if (ranges.Count == 0)
            {
                continue;
            }

            var intervals = ranges.Select(r => r.ToInterval(today)!.Value).ToList();
            var first = i;
            var words = parsed.Remainder;
            var above = TitleLineAbove(document, sections, i);
            var aboveUsable = above >= 0 && InExperience(sections, above) && !headers.Exists(h => h.DateLine == above) && !IsBody(document.Lines[above]);
            if (Connector().IsMatch(words) && headers.Count > 0 && headers[^1].DateLine == above)
            {
                // "… 03/2019 - 06/2021" then "and 09/2021 - present": the same job, back again.
                var previous = headers[^1];
                headers[^1] = previous with { DateLine = dateLine, Ranges = [.. previous.Ranges, .. ranges], Intervals = [.. previous.Intervals, .. intervals] };
                i = dateLine;
                continue;
            }

            if (words.Length == 0 || (aboveUsable && EndsUnfinished(document.Lines[above].Text)))
            {
                // Dates on a line of their own, or a header wrapped onto a second line: the title is on the line above.
                if (!aboveUsable)
                {
                    continue;
                }

                first = above;
                words = EntryHeader.Tidy(document.Lines[above].Text + " " + words);
            }

            headers.Add(new Header(first, dateLine, words, ranges, intervals));
            i = dateLine;
        }

        return headers;
    }

    /// <summary>The header on a line, or on it and the next when a range wraps ("… Jan 2022" / "– Present").</summary>
    private static (EntryHeader.Parsed?, int DateLine) Read(ExtractedDocument document, SectionMap sections, int line)
    {
        var text = document.Lines[line].Text;
        var listItem = document.Lines[line].Hints.ListItem;
        if (line + 1 < document.Lines.Count && InExperience(sections, line + 1))
        {
            var joined = text + " " + document.Lines[line + 1].Text;
            var crossesBreak = DateRangeParser.FindAll(joined).Any(m => m.Index < text.Length && m.Index + m.Length > text.Length + 1);
            if (crossesBreak && EntryHeader.Read(joined, listItem) is { } wrapped)
            {
                return (wrapped, line + 1);
            }
        }

        return (EntryHeader.Read(text, listItem), line);
    }

    /// <summary>The line above, passing over a running page header or footer ("Name · name@example.com") at a page break.</summary>
    private static int TitleLineAbove(ExtractedDocument document, SectionMap sections, int line)
    {
        var above = line - 1;
        while (above > 0 && line - above <= MaxRunningLines && InExperience(sections, above) && Email().IsMatch(document.Lines[above].Text))
        {
            above--;
        }

        return above;
    }

    private static bool EndsUnfinished(string text) => text.TrimEnd().EndsWith(',') || text.TrimEnd().EndsWith('—') || text.TrimEnd().EndsWith('|');

    private static bool InExperience(SectionMap sections, int line) =>
        sections.KindOf(line) == SectionKind.Experience && !sections.IsHeading(line);

    private static bool IsBody(DocumentLine line) =>
        line.Hints.ListItem || line.Text.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.Text.TrimStart().StartsWith('•') || line.Text.Trim().Length == 0;

    [GeneratedRegex(@"\S+@\S+\.\w+")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:and|&|,|;)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    // Time between jobs is dated too, but it is not experience.
    [GeneratedRegex(@"\b(?:career break|sabbatical|gap year|parental leave|maternity leave|paternity leave|travell?ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotWork();

    private sealed record Header(int FirstLine, int DateLine, string Words, IReadOnlyList<DateRange> Ranges, IReadOnlyList<MonthInterval> Intervals);
}
