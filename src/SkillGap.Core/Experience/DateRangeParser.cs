using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Finds the date ranges people write beside a job: "Jan 2019 – Present", "2019–2021", "03/2019 - 06/2021",
/// "Sept 2022 – present", "2017 to 2025", "(2021–present)", "January 2019 - March 2021", "2019 - Current",
/// "Since 2020", "06.2018 – 09.2020". A range whose end comes before its start is not a range.
/// </summary>
public static partial class DateRangeParser
{
    private const int MinYear = 1950;
    private const int MaxYear = 2099;

    public static IReadOnlyList<DateRangeMatch> FindAll(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var found = new List<DateRangeMatch>();
        foreach (Match match in Range().Matches(line))
        {
            var start = Point(match, "s");
            DatePoint? end = match.Groups["present"].Success ? null : Point(match, "e");
            if (start is null || (end is null && !match.Groups["present"].Success) || IsReversed(start.Value, end))
            {
                continue;
            }

            found.Add(new DateRangeMatch(new DateRange(start.Value, end), match.Index, match.Length));
        }

        return found;
    }

    private static bool IsReversed(DatePoint start, DatePoint? end) =>
        end is { } e && (e.Year < start.Year || (e.Year == start.Year && e.Month is { } em && start.Month is { } sm && em < sm));

    private static DatePoint? Point(Match match, string prefix)
    {
        var year = match.Groups[prefix + "y"];
        if (!year.Success)
        {
            return null;
        }

        var value = int.Parse(year.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (value is < MinYear or > MaxYear)
        {
            return null;
        }

        int? month = match.Groups[prefix + "n"].Success
            ? int.Parse(match.Groups[prefix + "n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            : match.Groups[prefix + "m"].Success ? MonthOf(match.Groups[prefix + "m"].Value) : null;
        return new DatePoint(value, month);
    }

    private static int MonthOf(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    // A point is "Month YYYY", "MM/YYYY", "MM.YYYY" or "YYYY"; a range is point, separator, point or present,
    // or "since" point where a header would put it (line start, after a separator or bracket), not "on call since 2020".
    // Digits may not touch a year, so "Windows 2016/2019" never reads as month 16.
    private const string Months = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Year = @"(?:19|20)\d\d(?!\d)";
    private const string StartPoint = @"(?:\b(?<sm>" + Months + @")\.?,?\s+(?<sy>" + Year + @")|(?<!\d)(?<sn>0?[1-9]|1[0-2])[/.](?<sy>" + Year + @")|(?<![\d/.])(?<sy>" + Year + "))";
    private const string EndPoint = @"(?:\b(?<em>" + Months + @")\.?,?\s+(?<ey>" + Year + @")|(?<!\d)(?<en>0?[1-9]|1[0-2])[/.](?<ey>" + Year + @")|(?<ey>" + Year + "))";
    private const string Separator = @"\s*(?:[-\u2010-\u2015\u2212]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*";
    private const string Present = @"\b(?<present>present|current(?:ly)?|now|today|date|ongoing)\b";

    [GeneratedRegex(
        @"(?<=(?:^|[(\[|·•,;:–—-])\s*)\b(?<present>since)\s+" + StartPoint + "|" + StartPoint + Separator + "(?:" + Present + "|" + EndPoint + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
