using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillGap.Core.Analysis;

/// <summary>
/// "CKA (in progress)", "AZ-104 — exam booked", "expired 2019", "CCNA (exp.)", "CKA preparation course",
/// "valid 2020-2023": named, but not held today. And the year a held one was earned.
/// </summary>
internal static partial class CertificationStatus
{
    /// <param name="clause">The text beside the certification, up to its neighbours on the line.</param>
    /// <param name="today">The analysis date: a validity that ended before it is not current.</param>
    public static bool IsNotHeld(string clause, DateOnly today) =>
        NotHeld().IsMatch(clause) || Training().IsMatch(clause) || EndedBefore(clause, today);

    /// <summary>A sentence above a list saying its certifications are no longer held ("most have not been renewed").</summary>
    public static bool SaysListIsLapsed(string line) => LapsedList().IsMatch(line);

    /// <summary>The latest plausible year written in the clause ("AZ-104, 2022"; "2019–2022" gives 2022), or null.</summary>
    public static int? Year(string clause) =>
        YearPattern().Matches(clause).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).DefaultIfEmpty().Max() is var year and > 0 ? year : null;

    // "2020-2023", "09/2023 - 09/2026", "Valid until: September 30, 2025": the end of a validity, not an exam date.
    private static bool EndedBefore(string clause, DateOnly today)
    {
        if (ValidUntil().Match(clause) is { Success: true } until && ParseEnd(until.Groups["end"].Value) is { } untilEnd)
        {
            return untilEnd < today;
        }

        return ValidityRange().Match(clause) is { Success: true } range && ParseEnd(range.Groups["end"].Value) is { } end && end < today;
    }

    private static DateOnly? ParseEnd(string text)
    {
        text = text.Trim().TrimEnd('.', ')', ',');
        if (MonthYear().Match(text) is { Success: true } numeric)
        {
            var year = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new DateOnly(year, month, 1).AddMonths(1).AddDays(-1) : null;
        }

        if (Regex.IsMatch(text, @"^\d{4}$"))
        {
            return new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 12, 31);
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) ? DateOnly.FromDateTime(date) : null;
    }

    [GeneratedRegex(@"\b(in[ -]progress|pursuing|planned|planning to|studying(?: for)?|preparing(?: for)?|working (?:on|towards?)|aiming (?:for|at)|exam (?:booked|scheduled)|scheduled|expected \d{4}|target(?:ing)? \d{4}|expired|lapsed|not yet|not renewed|no longer (?:valid|current|held))\b|\(exp\.?\)|\bexp\.(?=\s|\)|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHeld();

    // A course, training, bootcamp or practice exam named after a certification is not the certification.
    [GeneratedRegex(@"\b(?:(?:prep(?:aration)?|training|online|video|udemy|crash)\s+courses?|courses?\b(?!\s+(?:completed and )?(?:exam|certification) passed)|coursework|bootcamp|boot camp|practice (?:exams?|tests?)|exam prep(?:aration)?|study (?:guide|group)|training (?:program(?:me)?|course)|workshop|masterclass)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Training();

    [GeneratedRegex(@"\b(?:have|has|were|was|are) (?:not been|not|no longer been) renewed\b|\bno longer (?:current|valid|held|active)\b|\b(?:all|these|most)\b[^.]{0,40}\b(?:expired|lapsed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LapsedList();

    [GeneratedRegex(@"\b(?:valid (?:until|through|thru|to)|expires?(?: on)?|expiry(?: date)?|expiration(?: date)?)\s*:?\s*(?<end>[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{4}|[A-Za-z]+\.?\s+\d{4}|\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidUntil();

    // A range of two dates written beside the certification: from when it was earned to when it lapses.
    [GeneratedRegex(@"(?<![\d/-])(?:\d{1,2}/)?(?:199\d|20[0-4]\d)\s*(?:-|–|—|to)\s*(?<end>(?:\d{1,2}/)?(?:199\d|20[0-4]\d))(?![\d-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidityRange();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    // Exam codes such as 200-301 or SAA-C03 are not years; four digits from 1990 to 2049 standing alone are.
    [GeneratedRegex(@"(?<![\d-])(?:199\d|20[0-4]\d)(?![\d-])")]
    private static partial Regex YearPattern();
}
