using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Core.Experience;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Experience;

/// <summary>Job headers in the layouts of issue 8, read from real files (see Fixtures/Experience/sources/README.md).</summary>
public class LayoutFixtureTests
{
    private static readonly ResumeAnalyzer Analyzer = new(TestCatalogs.Real);
    private static readonly DateOnly Today = new(2026, 11, 1);

    private static ExperienceSummary Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Experience", file);
        var document = DocumentReader.Read(File.ReadAllBytes(path)).Document!;
        return Analyzer.Analyze(document, Today).Experience!;
    }

    private static List<string> Jobs(ExperienceSummary experience) =>
        experience.Entries.Where(e => e.Kind == ExperienceKinds.Job).Select(e => $"{e.Title} | {e.Employer} | {e.Location} | {e.Start}–{e.End}").ToList();

    [Theory]
    [InlineData("header-forms.docx")]
    [InlineData("header-forms.pdf")]
    public void ReadsEveryCommonHeaderForm(string file)
    {
        Assert.Equal(
        [
            "Senior Backend Developer | Fjord Payments AB |  | 2021–",
            "Platform Engineer | Kestrel Freight |  | 2017–2021",
            "Cloud Support Engineer | Nimbus Hosting |  | 2015–2017",
            "Systems Administrator | Harbour Council | Plymouth | 2013-01–2014-12",
            "Network Technician | Lantern Networks | Exeter | 2011–2012",
        ], Jobs(Read(file)));
    }

    [Theory]
    [InlineData("header-forms.docx")]
    [InlineData("header-forms.pdf")]
    public void ABootcampIsShownAsTrainingAndNeverCounted(string file)
    {
        var training = Assert.Single(Read(file).Entries, e => e.Kind == ExperienceKinds.Training);
        Assert.Equal(("Cloud DevOps Bootcamp", "Skyline Academy", false), (training.Title, training.Employer, training.Counted));
    }

    [Fact]
    public void ASinceBulletEducationAndProjectsAreNoJobs()
    {
        var entries = Read("header-forms.docx").Entries;
        Assert.DoesNotContain(entries, e => e.Start == "2022" || e.Title.Contains("led the", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Title.Contains("BSc", StringComparison.Ordinal) || e.Title.Contains("Homelab", StringComparison.Ordinal));
    }

    [Fact]
    public void EachEntryPointsAtTheHeaderLinesItWasReadFrom()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Experience", "header-forms.docx");
        var document = DocumentReader.Read(File.ReadAllBytes(path)).Document!;
        var three = Analyzer.Analyze(document, Today).Experience!.Entries.Single(e => e.Title == "Network Technician");
        Assert.Equal("Lantern Networks, Exeter\nNetwork Technician\n2011 – 2012", document.Text.Substring(three.SourceStart, three.SourceLength));
    }

    [Fact]
    public void LatexSubheadingCitiesAndDatesOnTheSameBaselineAreNoJobs()
    {
        var experience = Read("latex-subheading.pdf");
        Assert.Equal(
        [
            "Senior Site Reliability Engineer | Google | Mountain View, CA | 2016-06–",
            "Software Engineering Intern | Cisco Systems | San Jose, CA | 2015-05–2015-08",
        ], Jobs(experience));
        Assert.Equal(126, experience.Entries[0].Months);
        Assert.Equal(10.8, experience.TotalYears);
    }

    [Fact]
    public void LatexSubheadingSeniorityStatesItsReasons()
    {
        var experience = Read("latex-subheading.pdf");
        Assert.Equal("staff", experience.Seniority);
        Assert.Contains("'mentored six engineers across three teams' shows staff-level work", experience.SeniorityReasons);
    }

    [Theory]
    [InlineData("word-tab-stops.docx")]
    [InlineData("word-tab-stops.pdf")]
    public void WordTabStopsSetTheCityAndDatesApart(string file)
    {
        Assert.Equal(
        [
            "Infrastructure Engineer | Northwind Logistics | Atlanta, GA | 2019-03–",
            "Systems Administrator | Peachtree Clinics |  | 2015–2019",
        ], Jobs(Read(file)));
    }

    [Theory]
    [InlineData("docx-line-breaks.docx")]
    [InlineData("docx-line-breaks.pdf")]
    public void AHeaderAndItsBulletsInOneParagraphAreOneJob(string file)
    {
        var experience = Read(file);
        Assert.Equal(
        [
            "Senior Site Reliability Engineer | Quayside Streaming |  | 2019–",
            "Site Reliability Engineer | Lumen Data |  | 2015–2019",
            "Systems Engineer | Tidewater Hosting |  | 2012–2015",
        ], Jobs(experience));
        Assert.Equal("staff", experience.Seniority);
        Assert.Contains("'set the reliability strategy' shows staff-level work", experience.SeniorityReasons);
    }

    [Fact]
    public void ATableOfJobsGivesOneJobPerRow()
    {
        Assert.Equal(
        [
            "Senior DevOps Engineer | Kora Fintech | Lagos | 2020–",
            "Systems Engineer | Interswitch Labs |  | 2017–2020",
            "IT Support Technician | Lagos Business School |  | 2015–2017",
        ], Jobs(Read("table-of-jobs.docx")));
    }

    [Fact]
    public void ATableOfJobsInAPdfInventsNoJobFromItsColumns()
    {
        // The reader sets a PDF table's columns apart and joins a row's cells with a space, so the rows are not read
        // yet; what must hold is that no column heading or year becomes a job.
        Assert.DoesNotContain(Read("table-of-jobs.pdf").Entries, e => e.Title is "Period" or "2017" || e.Counted);
    }
}
