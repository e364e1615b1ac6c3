using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Reads a job's header line: the dates, and the title and employer around them
/// ("Systems Administrator, Baltic Freight — 03/2019 - 06/2024", "**QA Engineer — Shoprite** (2019–2021)").
/// A bullet that mentions years ("- Migrated Windows Server 2012–2019 hosts") is not a header.
/// </summary>
internal static partial class EntryHeader
{
    // Longer than this without its dates, a line is a sentence about the work rather than a job's header.
    private const int MaxHeaderTextLength = 110;

    // Longer than this after a separator, what follows a header's dates is the job's description, not a header part.
    private const int MaxTailAfterDates = 40;

    public sealed record Parsed(IReadOnlyList<DateRange> Ranges, string Remainder);

    public static Parsed? Read(string text, bool listItem)
    {
        var matches = DateRangeParser.FindAll(text);
        if (matches.Count == 0)
        {
            return listItem ? null : SingleYear(text);
        }

        // A running footer drawn on the header's baseline ("… · 2017–2021 Name · name@example.com") is not part of it.
        var footer = Email().Match(text, matches[^1].Index + matches[^1].Length);
        if (footer.Success)
        {
            text = text[..(matches[^1].Index + matches[^1].Length)];
        }

        var withoutBullet = Bullet().Match(text);
        var startsWithDate = matches[0].Index <= withoutBullet.Length + 1; // "(2021–present) …" may open with a bracket
        if ((withoutBullet.Length > 0 || listItem) && !startsWithDate)
        {
            return null;
        }

        // "Since 2022: led the migration…" and "2019–2020: moved…" open a sentence about the work, not a job.
        var inList = withoutBullet.Length > 0 || listItem;
        if (SentenceAfterDates().IsMatch(text[(matches[0].Index + matches[0].Length)..])
            || (inList && text[matches[0].Index..].StartsWith("since", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // A header's dates close the line or sit between separators: "… — 2019–2021 — GPA 3.6", not "2012–2022 servers"
        // nor the end of a sentence ("Moved the estate to AWS 2019–2020.").
        var last = matches[^1];
        var after = text[(last.Index + last.Length)..];
        if (WordsAfterDates().IsMatch(after) || after.Trim(' ', ')', ']', '*', '_') == ".")
        {
            return null;
        }

        // "… · Nov 2024 – Present - Delivered agency-wide analytics; …": the description runs on after the dates
        // (not in a table row that opens with them: "2020 – present | Senior DevOps Engineer | Kora Fintech, Lagos").
        if (after.Length > MaxTailAfterDates && SeparatorAfterDates().IsMatch(after) && Tidy(text[..matches[0].Index]).Length > 0)
        {
            text = text[..(last.Index + last.Length)];
        }

        var remainder = text;
        foreach (var match in matches.OrderByDescending(m => m.Index))
        {
            remainder = remainder.Remove(match.Index, match.Length).Insert(match.Index, " | ");
        }

        remainder = Tidy(Connector().Replace(remainder, " "));
        return remainder.Length > MaxHeaderTextLength ? null : new Parsed(matches.Select(m => m.Range).ToList(), remainder);
    }

    /// <summary>"IT Support Intern — University of Lagos (2018)": a job of one year, written as that year alone at the end.</summary>
    private static Parsed? SingleYear(string text)
    {
        var match = TrailingYear().Match(text);
        if (!match.Success || Bullet().Match(text).Length > 0)
        {
            return null;
        }

        // "… — 2021 – 2019" is a reversed range, not a job of 2019.
        var words = Tidy(text[..match.Index]);
        if (AnyYear().IsMatch(words) || words.Length == 0 || words.Length > MaxHeaderTextLength || !HeaderFields.NamesRole(words))
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return new Parsed([new DateRange(new DatePoint(year, null), new DatePoint(year, null))], words);
    }

    /// <summary>Title and employer from a header's words: split at the first dash, bar, dot or "at", else the first comma.</summary>
    public static (string Title, string? Employer) TitleAndEmployer(string remainder)
    {
        var parts = StrongSeparator().Split(remainder).Select(Tidy).Where(p => p.Length > 0).ToList();
        if (parts.Count >= 2)
        {
            return (parts[0], parts[1]);
        }

        var single = parts.Count == 1 ? parts[0] : "";
        var comma = single.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 ? (Tidy(single[..comma]), Tidy(single[(comma + 2)..])) : (single, null);
    }

    /// <summary>Drops Markdown marks, empty brackets and separators left at either end.</summary>
    public static string Tidy(string text)
    {
        var cleaned = Emphasis().Replace(text, "");
        cleaned = EmptyBrackets().Replace(cleaned, " ");
        cleaned = Spaces().Replace(cleaned, " ");
        cleaned = cleaned.Trim().Trim('|', '·', '•', '-', '–', '—', ',', ';', ':', ' ', '[', ']');
        return Balanced(cleaned).Trim();
    }

    /// <summary>Drops a bracket left open or closed at either end once the dates inside it are gone.</summary>
    private static string Balanced(string text)
    {
        var open = text.Count(c => c == '(');
        var close = text.Count(c => c == ')');
        if (open > close && text.StartsWith('('))
        {
            return Balanced(text[1..].Trim());
        }

        if (open > close)
        {
            return text + ")";
        }

        return close > open && text.EndsWith(')') ? Balanced(text[..^1].Trim()) : text;
    }

    [GeneratedRegex(@"\S+@\S+\.\w+")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[\s)\]*_]*[-–—·|:]\s")]
    private static partial Regex SeparatorAfterDates();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"^[\s*_)\]]*:\s*(?:\p{Ll}|.{60})")]
    private static partial Regex SentenceAfterDates();

    [GeneratedRegex(@"(?:\(\s*(?<y>(?:19|20)\d\d)\s*\)|\s[—–|·,]\s*(?<y>(?:19|20)\d\d))[\s*_]*$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"^\s*(?:[-*•·–—▪◦‣]\s+|\d+[.)]\s+)?")]
    private static partial Regex Bullet();

    // "... and 09/2021 - present" leaves "and" between two removed ranges.
    [GeneratedRegex(@"\|\s*(?:and|&|,)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    [GeneratedRegex(@"\s+(?:[|·•–—]|-|at|@)\s+|\s*\|\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@"\*+|(?<!\w)_+|_+(?!\w)|^#+\s*")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\(\s*[|\s]*\)|\[\s*[|\s]*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^[\s)\]*_.,]*\p{L}")]
    private static partial Regex WordsAfterDates();

    // Tabs stay: they set a right-aligned part apart (see HeaderFields).
    [GeneratedRegex(@"[^\S\t]+")]
    private static partial Regex Spaces();
}
