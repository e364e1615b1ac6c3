using System.Text.RegularExpressions;
using SkillGap.Core.Documents;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Experience;

/// <summary>
/// Splits Experience sections (and work history under other headings, see <see cref="JobLines"/>) into dated jobs. A job starts at a header holding its dates: one line
/// ("Title — Employer, City · 2019–2021"), a line with a line of dates under it, a header wrapped onto a second line,
/// or an employer line above a title line (a LaTeX <c>\resumeSubheading</c>, where city and dates sit right-aligned on
/// the same baselines, see <see cref="BaselineRows"/>). It runs to the next job's header or the next section heading.
/// Lines without a readable date start nothing: a job whose dates cannot be read is left out, not guessed.
/// </summary>
internal static partial class ExperienceEntryFinder
{
    private const int MaxRunningLines = 2;

    // An employer or title line above a dated line is short and is no sentence.
    private const int MaxHeaderLineLength = 90;

    // A header wraps over two or three lines in a narrow column; a longer paragraph is prose about the work.
    private const int MaxHeaderLines = 3;

    // Title and employer, or employer, title and city (and a second title line), stacked above the dates.
    private const int MinStackedLines = 2;
    private const int MaxStackedLines = 4;
    private const double SameIndent = 2;

    public static List<DatedEntry> Find(ExtractedDocument document, SectionMap sections, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        var rows = BaselineRows.Find(document.Lines, Enumerable.Range(0, document.Lines.Count));
        var area = JobLines.Of(document, sections, rows);
        var headers = Headers(document, area, rows, today);
        var entries = new List<DatedEntry>();
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            var last = header.DateLine;
            var limit = h + 1 < headers.Count ? headers[h + 1].FirstLine - 1 : document.Lines.Count - 1;
            while (last < limit && area.Contains(last + 1))
            {
                last++;
            }

            var fields = header.Fields ?? HeaderFields.Read(header.Lines);
            // A title alone needs to name a role: "Period" over a column of dates is a table's heading.
            if (fields.Title.Length == 0 || NotWork().IsMatch(fields.Title)
                || (fields.Employer is null && !HeaderFields.NamesRole(fields.Title) && !TechnicalJob.IsTechnicalTitle(fields.Title) && !TechnicalJob.IsTraining(fields.Title)))
            {
                continue;
            }

            var text = string.Join('\n', Enumerable.Range(header.FirstLine, last - header.FirstLine + 1).Select(i => document.Lines[i].Text));
            entries.Add(new DatedEntry(
                header.FirstLine, last, fields.Title, fields.Employer, header.Ranges, header.Intervals, text, fields.Location, header.DateLine - header.FirstLine + 1));
        }

        return entries;
    }

    private static List<Header> Headers(ExtractedDocument document, JobLines area, BaselineRows rows, DateOnly today)
    {
        var headers = new List<Header>();
        var columns = new ColumnEdges(document.Lines);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (!area.Contains(i) || rows.IsPartner(i) || Read(document, area, rows, i) is not ({ } parsed, var dateLine))
            {
                continue;
            }

            var ranges = parsed.Ranges.Where(r => r.ToInterval(today) is not null).ToList();
            if (ranges.Count == 0)
            {
                continue;
            }

            var intervals = ranges.Select(r => r.ToInterval(today)!.Value).ToList();
            var words = parsed.Remainder;
            var above = TitleLineAbove(document, area, rows, i);
            var aboveUsable = above >= 0 && area.Contains(above) && !headers.Exists(h => h.DateLine >= above) && !IsBody(document, above)
                              && DateRangeParser.FindAll(rows.TextOf(above)).Count == 0;
            if (Connector().IsMatch(words) && headers.Count > 0 && headers[^1].DateLine == above)
            {
                // "… 03/2019 - 06/2021" then "and 09/2021 - present": the same job, back again.
                var previous = headers[^1];
                headers[^1] = previous with { DateLine = dateLine, Ranges = [.. previous.Ranges, .. ranges], Intervals = [.. previous.Intervals, .. intervals] };
                i = dateLine;
                continue;
            }

            var top = aboveUsable ? HeaderTop(document, area, rows, columns, headers, above) : above;
            var aboveText = aboveUsable ? string.Join(' ', Enumerable.Range(top, above - top + 1).Where(l => !rows.IsPartner(l)).Select(rows.TextOf)) : "";
            if (aboveUsable && words.Length > 0 && (EndsUnfinished(aboveText) || columns.WrapsInto(document.Lines[above], document.Lines[i])))
            {
                // A header wrapped onto a second line: "Staff Platform Engineer · Lumen Mobility" / "GmbH, Berlin · 2021–present".
                headers.Add(new Header(top, dateLine, [EntryHeader.Tidy(aboveText + " " + words)], ranges, intervals));
            }
            else if (aboveUsable && (words.Length == 0 || HeaderFields.IsPlace(words))
                     && Stack(document, area, rows, headers, above, i) is { Count: >= MinStackedLines } stack
                     && OneFieldALine(document, rows, columns, stack)
                     && HeaderFields.Stacked([.. stack.Select(rows.TextOf), words]) is { } stacked)
            {
                // Employer, title, city and dates each on a line of its own (Google Docs and Canva templates).
                headers.Add(new Header(stack[0], dateLine, [], ranges, intervals, stacked));
            }
            else if (aboveUsable && words.Length == 0 && !HasTwoParts(aboveText) && EmployerLineAbove(document, area, rows, headers, top, aboveText) is { } employer)
            {
                // "Lantern Networks, Exeter" / "Network Technician" / "2011 – 2012": employer, title and dates on three lines.
                headers.Add(new Header(employer, dateLine, [rows.TextOf(employer), aboveText], ranges, intervals));
            }
            else if (aboveUsable && (words.Length == 0 || ((!HasTwoParts(words) || TitleOverEmployer(document.Lines[above], aboveText, document.Lines[i], words))
                                                           && IsHeaderLine(document.Lines[above], aboveText, words))))
            {
                // Dates on a line of their own under the header, or an employer line above a title line.
                headers.Add(new Header(top, dateLine, words.Length == 0 ? [aboveText] : [aboveText, words], ranges, intervals));
            }
            else if (words.Length > 0)
            {
                headers.Add(new Header(i, dateLine, [words], ranges, intervals));
            }

            i = dateLine;
        }

        return headers;
    }

    /// <summary>The header on a line, or on it and the next when a range wraps ("… Jan 2022" / "– Present").</summary>
    private static (EntryHeader.Parsed?, int DateLine) Read(ExtractedDocument document, JobLines area, BaselineRows rows, int line)
    {
        var text = rows.TextOf(line);
        var listItem = document.Lines[line].Hints.ListItem;
        if (line + 1 < document.Lines.Count && area.Contains(line + 1) && !rows.IsPartner(line + 1))
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

    /// <summary>The line above, passing over a running page header or footer ("Name · name@example.com") and right-aligned parts.</summary>
    private static int TitleLineAbove(ExtractedDocument document, JobLines area, BaselineRows rows, int line)
    {
        var above = line - 1;
        while (above > 0 && area.Contains(above) && (rows.IsPartner(above) || (line - above <= MaxRunningLines && Email().IsMatch(document.Lines[above].Text))))
        {
            above--;
        }

        return above;
    }

    /// <summary>The first line of a header that wraps over several lines above its dates (a narrow column wraps a long one twice).</summary>
    private static int HeaderTop(ExtractedDocument document, JobLines area, BaselineRows rows, ColumnEdges columns, List<Header> headers, int above)
    {
        var top = above;
        while (top > 0 && area.Contains(top - 1) && !rows.IsPartner(top - 1) && !IsBody(document, top - 1) && !headers.Exists(h => h.DateLine >= top - 1)
               && (columns.WrapsInto(document.Lines[top - 1], document.Lines[top]) || EndsUnfinished(document.Lines[top - 1].Text)))
        {
            top--;
        }

        return top;
    }

    /// <summary>The employer's line above a title line that stands alone over its dates, when there is one.</summary>
    private static int? EmployerLineAbove(ExtractedDocument document, JobLines area, BaselineRows rows, List<Header> headers, int titleLine, string title)
    {
        var line = titleLine - 1;
        while (line > 0 && rows.IsPartner(line))
        {
            line--;
        }

        if (line < 0 || !area.Contains(line) || IsBody(document, line) || headers.Exists(h => h.DateLine >= line) || !HeaderFields.NamesRole(title))
        {
            return null;
        }

        var text = rows.TextOf(line);
        return IsHeaderLine(document.Lines[line], text, title) && !HeaderFields.NamesRole(text) && DateRangeParser.FindAll(text).Count == 0 ? line : null;
    }

    /// <summary>
    /// The header lines stacked above a line of dates, nearest last: short lines, no sentence, no bullet, not indented
    /// past the dates (a PDF list's bullets are indented, and Chromium draws their markers as shapes, not text).
    /// </summary>
    private static List<int> Stack(ExtractedDocument document, JobLines area, BaselineRows rows, List<Header> headers, int above, int dateLine)
    {
        var stack = new List<int>();
        var left = document.Lines[dateLine].Hints.Left;
        for (var line = above; line >= 0 && stack.Count < MaxStackedLines; line--)
        {
            if (rows.IsPartner(line))
            {
                continue;
            }

            var text = rows.TextOf(line);
            if (!area.Contains(line) || IsBody(document, line) || headers.Exists(h => h.DateLine >= line) || text.Length > MaxHeaderLineLength
                || HeaderFields.EndsSentence(text) || DateRangeParser.FindAll(text).Count > 0 || document.Lines[line].Hints.Left > left + SameIndent)
            {
                break;
            }

            stack.Insert(0, line);
        }

        return stack;
    }

    /// <summary>A stack holds one field a line: no line wraps into the next, and none joins two fields with a dash, bar or dot.</summary>
    private static bool OneFieldALine(ExtractedDocument document, BaselineRows rows, ColumnEdges columns, List<int> stack) =>
        stack.All(l => HeaderFields.SinglePart(rows.TextOf(l)))
        && stack.Zip(stack.Skip(1)).All(p => !columns.WrapsInto(document.Lines[p.First], document.Lines[p.Second]));

    /// <summary>"SRE Engineer" over "RapidRatings, Dublin, Ireland | Sept 2023 - Present": a title line above the employer's dated line.</summary>
    private static bool TitleOverEmployer(DocumentLine above, string aboveText, DocumentLine dated, string words) =>
        HeaderFields.NamesRole(aboveText) && !HeaderFields.NamesRole(words) && above.Hints.Left <= dated.Hints.Left + SameIndent;

    private static bool HasTwoParts(string words) => HeaderFields.Read([words]).Employer is not null;

    /// <summary>
    /// Whether a line above a dated title line is the rest of its header (the employer, or the title above an employer):
    /// short, no sentence, and bold, or naming a role where the dated line does not (or the other way round).
    /// </summary>
    private static bool IsHeaderLine(DocumentLine line, string text, string datedWords) =>
        text.Length <= MaxHeaderLineLength
        && !HeaderFields.EndsSentence(text)
        && (line.Hints.Bold || line.Hints.HeadingLevel > 0 || HeaderFields.NamesRole(text) != HeaderFields.NamesRole(datedWords));

    private static bool EndsUnfinished(string text) => text.TrimEnd().EndsWith(',') || text.TrimEnd().EndsWith('—') || text.TrimEnd().EndsWith('|');

    /// <summary>A bullet, or the wrapped rest of one (its paragraph starts with a bullet), an empty line, or a line of prose.</summary>
    private static bool IsBody(ExtractedDocument document, int line)
    {
        var paragraph = document.ParagraphOf(line);
        var start = paragraph.Start.Value;
        return IsBullet(document.Lines[line]) || IsBullet(document.Lines[start]) || paragraph.End.Value - start > MaxHeaderLines;
    }

    private static bool IsBullet(DocumentLine line)
    {
        var text = line.Text.TrimStart();
        return line.Hints.ListItem || text.Length == 0 || text.StartsWith("- ", StringComparison.Ordinal) || text[0] is '•' or '–' or '▪' or '◦' or '●' or '*' && !text.StartsWith("**", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\S+@\S+\.\w+")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:and|&|,|;)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    // Time between jobs is dated too, but it is not experience.
    [GeneratedRegex(@"\b(?:career break|sabbatical|gap year|parental leave|maternity leave|paternity leave|travell?ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotWork();

    /// <param name="Lines">The header's lines, dates removed: one, or an employer (or title) line and the dated line.</param>
    /// <param name="Fields">Title, employer and location when already read (a stacked header), else read from <paramref name="Lines"/>.</param>
    private sealed record Header(
        int FirstLine, int DateLine, IReadOnlyList<string> Lines, IReadOnlyList<DateRange> Ranges, IReadOnlyList<MonthInterval> Intervals, HeaderFields.Fields? Fields = null);
}
