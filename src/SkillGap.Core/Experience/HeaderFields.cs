using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Title, employer and location from a job header's words once its dates are gone. The header may be one line
/// ("Title — Employer, City", "Title, Employer, City", "Title | Employer | City") or two (an employer line above a
/// title line, LaTeX <c>\resumeSubheading</c>-style), and text set apart by a tab stop or right-aligned on the same
/// baseline arrives after a tab. Which part is the title is read from the words, not only the order: the part
/// naming a role ("engineer", "administrator", "chef") is the title when the other does not. A place is never an
/// employer: a right-aligned part of the employer's line, or what follows the employer's first comma, is the location.
/// </summary>
internal static partial class HeaderFields
{
    public sealed record Fields(string Title, string? Employer, string? Location);

    /// <param name="lines">The header's lines in reading order, dates removed; a tab separates a right-aligned part.</param>
    public static Fields Read(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var texts = lines.Where(l => EntryHeader.Tidy(l).Length > 0).ToList();
        if (texts.Count == 2 && TwoLines(texts[0], texts[1]) is { } twoLines)
        {
            return twoLines;
        }

        var parts = new List<string>();
        string? location = null;
        foreach (var line in lines)
        {
            var pieces = Tab().Split(line).Select(EntryHeader.Tidy).Where(p => p.Length > 0).ToList();
            if (pieces.Count == 0)
            {
                continue;
            }

            parts.AddRange(Split(pieces[0]));

            // A part set apart to the right of the employer or title is the city (LaTeX templates, Word tab stops),
            // unless it names the role ("Google<tab>Site Reliability Engineer").
            foreach (var aside in pieces.Skip(1))
            {
                if (NamesRole(aside) && !IsPlace(aside))
                {
                    parts.Add(aside);
                }
                else
                {
                    location ??= aside;
                }
            }
        }

        if (parts.Count == 0)
        {
            return new Fields("", null, location);
        }

        if (parts.Count == 1)
        {
            return new Fields(parts[0], null, location);
        }

        var (title, employer) = (parts[0], parts[1]);
        // "Telecom operator (Sofia), systems engineer": a word that may name a business ("operator", "associates") yields to a clear role.
        if ((!NamesRole(title) && NamesRole(employer)) || (!StrongRole().IsMatch(title) && StrongRole().IsMatch(employer)))
        {
            (title, employer) = (employer, title);
        }

        var rest = parts.Skip(2).ToList();
        var (name, place) = EmployerAndPlace(employer);
        location ??= place ?? (rest.Count > 0 && IsPlace(rest[0]) ? rest[0] : null);
        return new Fields(title, name, location);
    }

    /// <summary>
    /// Header lines stacked one per field (employer, title, city, in any order): the first line naming a role is the
    /// title, places are the location (a short "City, Region" line below the employer counts as one), the first other
    /// line is the employer. Null when no line names a role, or none is left for the employer.
    /// </summary>
    public static Fields? Stacked(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var texts = lines.Select(EntryHeader.Tidy).Where(t => t.Length > 0).ToList();
        var title = texts.FindIndex(NamesRole);
        if (title < 0)
        {
            return null;
        }

        string? employer = null, location = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (i == title || (i > title && NamesRole(text)))
            {
                continue;
            }

            if (IsPlace(text) || (employer is not null && ShortPlace().IsMatch(text)))
            {
                location ??= text;
            }
            else if (employer is null && !NamesRole(text))
            {
                (employer, var place) = EmployerAndPlace(text);
                location ??= place;
            }
        }

        return employer is null ? null : new Fields(texts[title], employer, location);
    }

    /// <summary>An employer line and a title line, either way round: the line that names a role is the title, the other the employer and its city.</summary>
    private static Fields? TwoLines(string first, string second)
    {
        var (one, two) = (Pieces(first), Pieces(second));
        if (one.Count == 0 || two.Count == 0 || NamesRole(one[0]) == NamesRole(two[0]) || Split(one[0]).Count() > 2 || Split(two[0]).Count() > 2)
        {
            return null;
        }

        var (title, organisation) = NamesRole(one[0]) ? (one, two) : (two, one);
        if (Split(title[0]).Count() > 1)
        {
            return null;
        }

        var (name, place) = EmployerAndPlace(organisation[0]);
        return new Fields(title[0], name, place ?? organisation.Skip(1).Concat(title.Skip(1)).FirstOrDefault(IsPlace));
    }

    private static List<string> Pieces(string line) => Tab().Split(line).Select(EntryHeader.Tidy).Where(p => p.Length > 0).ToList();

    /// <summary>Whether a line holds one header part: no dash, bar, middle dot or "at" between parts (commas allowed: "Leeds, UK").</summary>
    public static bool SinglePart(string text) => StrongSeparator().Split(EntryHeader.Tidy(text)).Count(p => p.Trim().Length > 0) <= 1;

    /// <summary>Whether a line ends a sentence: a full stop after anything but a company suffix ("Venuiti Healthcare Inc.").</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return trimmed.EndsWith('.') && !CompanySuffix().IsMatch(trimmed[(space + 1)..]);
    }

    /// <summary>Whether the words name a job ("Senior SRE", "lead DevOps consultant", "Sous Chef"), not an organisation.</summary>
    public static bool NamesRole(string text) => StrongRole().IsMatch(text) || WeakRole().IsMatch(text);

    /// <summary>Parts at dashes, bars, middle dots and "at"; a part without them splits at its first comma.</summary>
    private static IEnumerable<string> Split(string text)
    {
        var strong = StrongSeparator().Split(text).Select(EntryHeader.Tidy).Where(p => p.Length > 0).ToList();
        if (strong.Count != 1)
        {
            return strong;
        }

        var commas = Comma().Split(strong[0]).Select(EntryHeader.Tidy).Where(p => p.Length > 0).ToList();
        if (commas.Count < 2)
        {
            return strong;
        }

        // "Title, Employer, City": the title is the first comma part, the rest is the employer and its place.
        return [commas[0], string.Join(", ", commas.Skip(1))];
    }

    /// <summary>"Northgate Logistics Ltd, Leeds" → ("Northgate Logistics Ltd", "Leeds"); a company suffix after a comma stays.</summary>
    private static (string Name, string? Place) EmployerAndPlace(string employer)
    {
        var commas = Comma().Split(employer).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var nameParts = 1;
        while (nameParts < commas.Count && CompanySuffix().IsMatch(commas[nameParts]))
        {
            nameParts++;
        }

        if (nameParts >= commas.Count)
        {
            return (employer, null);
        }

        return (string.Join(", ", commas.Take(nameParts)), string.Join(", ", commas.Skip(nameParts)));
    }

    /// <summary>"Atlanta, GA", "Pilani, India", "Remote", "Berlin, Germany": a right-aligned city or a third header part.</summary>
    public static bool IsPlace(string text) => Place().IsMatch(text) || Country().IsMatch(text);

    [GeneratedRegex(@"\t+")]
    private static partial Regex Tab();

    // "Salt Lake City, Utah", "Taguig, Metro Manila": a line of a few capitalised words around one comma.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}, \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortPlace();

    [GeneratedRegex(@"\s+(?:[|·•–—]|-|at|@)\s+|\s*\|\s*|\s+·\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@",\s+")]
    private static partial Regex Comma();

    [GeneratedRegex(@"^(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|s\.a|s\.l|srl|bv|nv|ab|as|oy|co|corp|limited|pty)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffix();

    [GeneratedRegex(
        @"\b(?:engineer|eng|developer|programmer|administrator|admin|architect|analyst|technician|consultant|specialist|manager|lead|head|director|officer|" +
        @"intern|internship|trainee|apprentice|coordinator|supervisor|researcher|scientist|postdoc(?:toral)?|" +
        @"teacher|lecturer|tutor|professor|instructor|chef|cook|clerk|advisor|adviser|packer|dockworker|driver|nurse|" +
        @"sre|devops|sysadmin|dba|freelancer?|contractor|founder|cto|ceo|police|soldier|guard|cashier|waiter|barista)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongRole();

    // Words that name a job in a title but can name a business too ("Telecom operator", "Smith & Associates").
    [GeneratedRegex(@"\b(?:associate|assistant|operator|agent|worker|representative|ops|student|fellow|owner)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakRole();

    // "City, ST" with a US or Canadian state code, or "Remote".
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}.' -]*,\s*\p{Lu}{2}|remote|hybrid|on-?site)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Place();

    [GeneratedRegex(
        @"(?:^|,\s*)(?:usa|us|uk|united (?:states|kingdom)|india|germany|france|spain|italy|netherlands|poland|ireland|canada|australia|new zealand|" +
        @"brazil|mexico|argentina|nigeria|ghana|kenya|south africa|egypt|turkey|greece|sweden|norway|denmark|finland|portugal|japan|china|singapore|" +
        @"indonesia|philippines|vietnam|pakistan|bangladesh|sri lanka|switzerland|austria|belgium|czechia|czech republic|romania|bulgaria|ukraine|" +
        @"israel|uae|united arab emirates|scotland|wales|england)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Country();
}
