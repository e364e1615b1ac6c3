using SkillGap.Core.Documents;
using SkillGap.Core.Experience;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Tests.Experience;

public class ExperienceEntryFinderTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static ExtractedDocument Lines(params string[] lines) =>
        new(ResumeFormat.Docx, 1, lines.Select(l => new DocumentLine(1, l, LineHints.None)).ToList(), []);

    private static List<DatedEntry> Find(params string[] lines)
    {
        var document = Lines(lines);
        return ExperienceEntryFinder.Find(document, SectionDetector.Detect(document), Today);
    }

    private static readonly string[] Resume =
    [
        "Ana Example",
        "Summary",
        "Since 2020 I have run Linux servers.",
        "Work history",
        "Senior Systems Administrator — Northgate Logistics Ltd, Leeds",
        "*Jan 2019 – Present*",
        "- Ran 420 RHEL servers with Ansible.",
        "- Migrated Windows Server 2012–2019 hosts to VMware.",
        "Moved the backups to AWS 2019–2020.",
        "Systems Administrator, Baltic Freight — 03/2016 - 12/2018",
        "- DNS and DHCP with BIND.",
        "**QA Engineer — Shoprite Digital (contract)** (2014–2016)",
        "- Selenium tests.",
        "Skills",
        "Linux, Ansible, 2019–2021",
    ];

    [Fact]
    public void SplitsARealisticResumeIntoItsJobs()
    {
        var entries = Find(Resume);
        Assert.Equal(3, entries.Count);
        Assert.Equal(("Senior Systems Administrator", "Northgate Logistics Ltd", "Leeds"), (entries[0].Title, entries[0].Employer, entries[0].Location));
        Assert.Equal(("Systems Administrator", "Baltic Freight"), (entries[1].Title, entries[1].Employer));
        Assert.Equal(("QA Engineer", "Shoprite Digital (contract)"), (entries[2].Title, entries[2].Employer));
    }

    [Fact]
    public void AJobRunsFromItsHeaderToTheNextHeaderOrSection()
    {
        var entries = Find(Resume);
        Assert.Equal((4, 8), (entries[0].FirstLine, entries[0].LastLine));
        Assert.Equal((9, 10), (entries[1].FirstLine, entries[1].LastLine));
        Assert.Equal((11, 12), (entries[2].FirstLine, entries[2].LastLine));
    }

    [Fact]
    public void DatesOutsideExperienceAndInsideBulletsStartNoJob()
    {
        var entries = Find(Resume);
        Assert.DoesNotContain(entries, e => e.Start.Year == 2012 || e.Start.Year == 2020);
        Assert.Equal([new DatePoint(2019, 1), new DatePoint(2016, 3), new DatePoint(2014, null)], entries.Select(e => e.Start));
    }

    [Fact]
    public void CountsMonthsPerJob()
    {
        var entries = Find(Resume);
        Assert.Equal([78, 34, 24], entries.Select(e => e.Months));
        Assert.Null(entries[0].End);
        Assert.Equal(new DatePoint(2018, 12), entries[1].End);
    }

    [Fact]
    public void ReadsARangeWrappedOntoTheNextLine()
    {
        var entries = Find("Experience", "Junior Network Engineer, Indus Telecom, Mumbai — 07/2017 -", "02/2019", "- Configured switches.");
        var entry = Assert.Single(entries);
        Assert.Equal("Junior Network Engineer", entry.Title);
        Assert.Equal(20, entry.Months);
        Assert.Equal(3, entry.LastLine);
    }

    [Fact]
    public void ReadsEmployerCityTitleAndDatesStackedOneALine()
    {
        var entry = Assert.Single(Find("Experience", "Venuiti Healthcare Inc.", "Waterloo, ON", "DevOps Engineer", "Jan 2025 – Present", "- Managed the AWS accounts."));
        Assert.Equal(("DevOps Engineer", "Venuiti Healthcare Inc.", "Waterloo, ON"), (entry.Title, entry.Employer, entry.Location));
        Assert.Equal(1, entry.FirstLine);
    }

    [Fact]
    public void ReadsTitleEmployerAndDatesOnThreeLines()
    {
        var entry = Assert.Single(Find("Employment History", "Linux System Engineer", "Targetcast Networks (via acquisition of RippleTV)", "October 2008-January 2010", "Provided system engineering."));
        Assert.Equal(("Linux System Engineer", "Targetcast Networks (via acquisition of RippleTV)"), (entry.Title, entry.Employer));
        Assert.Equal((new DatePoint(2008, 10), new DatePoint(2010, 1)), (entry.Start, entry.End!.Value));
    }

    [Fact]
    public void ADescriptionRunningOnAfterTheDatesIsNotPartOfTheHeader()
    {
        var entry = Assert.Single(Find("Experience", "RPA Developer · GovTech (seconded to MOM)", "Jul 2019 – Feb 2020 - Built UiPath automations used by service centre teams across the ministry."));
        Assert.Equal(("RPA Developer", "GovTech (seconded to MOM)"), (entry.Title, entry.Employer));
    }

    [Fact]
    public void ReadsATitleLineAboveTheEmployersDatedLine()
    {
        var entry = Assert.Single(Find("Experience", "SRE Engineer", "RapidRatings, Dublin, Ireland | Sept 2023 - Present", "- Automated deployments."));
        Assert.Equal(("SRE Engineer", "RapidRatings", "Dublin, Ireland"), (entry.Title, entry.Employer, entry.Location));
    }

    [Fact]
    public void ReadsAHeaderWrappedOntoASecondLine()
    {
        var entry = Assert.Single(Find("Experience", "Junior Developer, Thistle Apps,", "Glasgow (2017–2018)", "Wrote Python."));
        Assert.Equal(("Junior Developer", "Thistle Apps", "Glasgow"), (entry.Title, entry.Employer, entry.Location));
        Assert.Equal(1, entry.FirstLine);
    }

    [Fact]
    public void ReadsDatesRightAlignedOnTheTitleLine()
    {
        var entry = Assert.Single(Find("Experience", "Systems Administrator, Baltic Freight                    Jan 2019 – Present", "- Patching."));
        Assert.Equal(("Systems Administrator", "Baltic Freight"), (entry.Title, entry.Employer));
        Assert.Equal(78, entry.Months);
    }

    [Fact]
    public void APageFooterBetweenTitleAndDatesIsPassedOver()
    {
        var entry = Assert.Single(Find("Experience", "Systems Engineer — Hostwise", "Olusegun Adeyemi · segun@example.com", "2013–2016", "- Racked servers."));
        Assert.Equal(("Systems Engineer", "Hostwise"), (entry.Title, entry.Employer));
    }

    [Fact]
    public void TwoPeriodsOfOneJobAreOneEntry()
    {
        var entry = Assert.Single(Find("Experience", "IT Support Technician — Hospital Clínico | 03/2019 - 06/2021 and 09/2021 - present", "- Tickets."));
        Assert.Equal(2, entry.Ranges.Count);
        Assert.Equal(28 + 46, entry.Months);
    }

    [Fact]
    public void ListItemsThatOpenWithTheirDatesAreJobs()
    {
        var entries = Find("Experience", "- 2020–now · SRE · Kumo Games K.K.", "- 2017–2020 · Infra eng · Shinkansen Data");
        Assert.Equal(["SRE", "Infra eng"], entries.Select(e => e.Title));
        Assert.Equal("Kumo Games K.K.", entries[0].Employer);
    }

    [Fact]
    public void UnreadableAndReversedDatesStartNoJob()
    {
        Assert.Empty(Find("Experience", "Network Engineer — Acme — 2021 – 2019", "Intern — Beta (2023–)", "Ops — Gamma — Sept 2026 – present"));
    }

    [Fact]
    public void ACareerBreakIsNotAJob()
    {
        Assert.Empty(Find("Experience", "Career break — 2018–2024", "Raised my children."));
    }
}
