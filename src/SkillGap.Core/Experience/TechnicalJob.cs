using System.Text.RegularExpressions;

namespace SkillGap.Core.Experience;

/// <summary>
/// Whether a dated job counts toward technical years and seniority. Most of our users change careers: eighteen
/// years as a chef say nothing about seniority as an engineer, so a job counts only with technical evidence: a
/// technical title ("Network Engineer", "IT Support Technician", "BI Developer"), or at least two technical skills
/// written inside a job whose title names no other kind of work ("Ops", "Infra eng"). One skill is not enough, since a
/// teacher who taught Python or a manager who ran a spreadsheet did not do the job we score, and a title that names
/// other work ("Operations Manager", "PhD Researcher") is not made technical by the tools used in it.
/// Training, courses and bootcamps are not jobs, whatever they name.
/// </summary>
internal static partial class TechnicalJob
{
    public const int SkillsForEvidence = 2;
    private const int NamesShown = 3;

    /// <param name="technicalSkills">Names of the non-soft skills written on the job's lines, each once.</param>
    public static (bool Counts, string Reason) Judge(string title, IReadOnlyList<string> technicalSkills)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(technicalSkills);
        if (Training().IsMatch(title))
        {
            return (false, "training, not a job");
        }

        if (IsTechnicalTitle(title))
        {
            return (true, "technical title");
        }

        if (HeaderFields.NamesRole(title))
        {
            // "Operations Manager", "PhD Researcher", "Teacher": the title says what the job was; skills used in it
            // (a manager who set up the Wi-Fi) are evidence for the skills, not years of technical work.
            return (false, technicalSkills.Count == 0 ? "no technical skill or title" : "the title names other work (" + string.Join(", ", technicalSkills.Take(NamesShown)) + " used in it)");
        }

        return technicalSkills.Count switch
        {
            >= SkillsForEvidence => (true, "names " + string.Join(", ", technicalSkills.Take(NamesShown)) + (technicalSkills.Count > NamesShown ? "…" : "")),
            1 => (false, $"only one technical skill named ({technicalSkills[0]}) and not a technical title"),
            _ => (false, "no technical skill or title"),
        };
    }

    public static bool IsTraining(string title) => Training().IsMatch(title);

    public static bool IsTechnicalTitle(string title) =>
        TechnicalOnItsOwn().IsMatch(title) || (TechnicalDomain().IsMatch(title) && TechnicalRole().IsMatch(title));

    // Words that make a title technical by themselves; "IT" only in capitals, so "make it work" is not IT.
    [GeneratedRegex(
        @"\b(?:developer|programmer|sys ?admin|sysops|devops|devsecops|sre|site reliability|dba|webmaster|full[- ]?stack|back[- ]?end|front[- ]?end|software|infra(?:structure)?|cloud|linux|unix|helpdesk|help desk|service desk|soc|noc|qa|machine learning|ops|(?-i:IT|ICT))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalOnItsOwn();

    // A field that is technical once paired with a role noun: "Data Analyst", "Test Engineer", "Support Technician"
    // ("Data entry clerk", "Security guard" and "Customer support agent" are not).
    [GeneratedRegex(
        @"\b(?:networks?|networking|systems?|data(?! entry)|database|security|cyber|test|testing|automation|build|release|reliability|performance|platform|computer|web|analytics|integration|storage|telecoms?|hardware|cluster|servers?|desktop|technical|engineering|(?<!customer )support)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalDomain();

    [GeneratedRegex(
        @"\b(?:engineer|engineering|eng|administrator|admin|analyst|technician|architect|consultant|specialist|manager|lead|operator)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalRole();

    [GeneratedRegex(@"\b(?:training|bootcamp|boot camp|course|courses|self[- ]study|retraining)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Training();
}
