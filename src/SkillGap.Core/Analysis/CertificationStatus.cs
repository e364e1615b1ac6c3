using System.Text.RegularExpressions;

namespace SkillGap.Core.Analysis;

/// <summary>"CKA (in progress)", "AZ-104 — exam booked", "expired 2019": named, but not held. And the year a held one was earned.</summary>
internal static partial class CertificationStatus
{
    public static bool IsNotHeld(string line) => NotHeld().IsMatch(line);

    /// <summary>The latest plausible year written in the clause ("AZ-104, 2022"; "2019–2022" gives 2022), or null.</summary>
    public static int? Year(string clause) =>
        YearPattern().Matches(clause).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty().Max() is var year and > 0 ? year : null;

    [GeneratedRegex(@"\b(in[ -]progress|pursuing|planned|planning to|studying(?: for)?|preparing(?: for)?|working (?:on|towards?)|aiming (?:for|at)|exam (?:booked|scheduled)|scheduled for|expected \d{4}|target(?:ing)? \d{4}|expired|lapsed|not yet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHeld();

    // Exam codes such as 200-301 or SAA-C03 are not years; four digits from 1990 to 2049 standing alone are.
    [GeneratedRegex(@"(?<![\d-])(?:199\d|20[0-4]\d)(?![\d-])")]
    private static partial Regex YearPattern();
}
