using System.Text.RegularExpressions;

namespace SkillGap.Core.Analysis;

/// <summary>"CKA (in progress)", "AZ-104 — exam booked", "expired 2019": named, but not held.</summary>
internal static partial class CertificationStatus
{
    public static bool IsNotHeld(string line) => NotHeld().IsMatch(line);

    [GeneratedRegex(@"\b(in[ -]progress|pursuing|planned|planning to|studying(?: for)?|preparing(?: for)?|working (?:on|towards?)|aiming (?:for|at)|exam (?:booked|scheduled)|scheduled for|expected \d{4}|target(?:ing)? \d{4}|expired|lapsed|not yet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHeld();
}
