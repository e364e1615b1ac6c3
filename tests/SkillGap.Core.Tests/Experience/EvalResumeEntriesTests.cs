using SkillGap.Core.Documents;
using SkillGap.Core.Experience;
using SkillGap.Core.Sections;

namespace SkillGap.Core.Tests.Experience;

/// <summary>Jobs read from real renderings of the labelled eval resumes (pandoc DOCX, Chromium and pdfLaTeX PDFs).</summary>
public class EvalResumeEntriesTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static List<DatedEntry> EntriesOf(string id, string rendering)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "eval", "rendered", id, $"{id}.{rendering}");
        var document = DocumentReader.Read(File.ReadAllBytes(path)).Document!;
        return ExperienceEntryFinder.Find(document, SectionDetector.Detect(document), Today);
    }

    [Theory]
    [InlineData("r01-sysadmin-to-infra", "docx", "Senior Systems Administrator|Systems Administrator|IT Technician")]
    [InlineData("r01-sysadmin-to-infra", "pdflatex.pdf", "Senior Systems Administrator|Systems Administrator|IT Technician")]
    [InlineData("r02-network-engineer-to-infra", "docx", "Network Engineer|Junior Network Engineer")]
    [InlineData("r02-network-engineer-to-infra", "chromium.pdf", "Network Engineer|Junior Network Engineer")]
    [InlineData("r06-helpdesk-to-infra", "chromium.pdf", "2nd Line IT Support Analyst|Service Desk Analyst|Sales Assistant")]
    [InlineData("r11-sre-lead", "chromium.pdf", "SRE Lead|Senior Site Reliability Engineer|Systems Engineer")]
    [InlineData("r17-terse-sre", "docx", "SRE|Infra eng|Ops")]
    [InlineData("r25-helpdesk-non-native-spanish", "docx", "IT Support Technician|Dependiente (shop assistant)")]
    [InlineData("r09-chef-to-cloud-support", "chromium-2col.pdf", "Executive Chef|Sous Chef|Line Cook")]
    [InlineData("r12-staff-platform-engineer", "chromium-2col.pdf", "Staff Platform Engineer|Senior DevOps Engineer|Linux Administrator")]
    [InlineData("r18-azure-cloud-engineer", "chromium-2col.pdf", "Cloud Engineer|Senior Systems Engineer|Systems Engineer")]
    [InlineData("r33-junior-devops-gitlab", "chromium-2col.pdf", "Junior DevOps Engineer|Working student, IT operations")]
    public void FindsEveryJobInOrder(string id, string rendering, string titles) // two-column pages wrap headers over two or three lines
    {
        Assert.Equal(titles.Split('|'), EntriesOf(id, rendering).Select(e => e.Title));
    }

    [Fact]
    public void TheSameResumeGivesTheSameMonthsInEveryRendering()
    {
        var months = new[] { "docx", "chromium.pdf", "pdflatex.pdf" }
            .Select(r => EntriesOf("r02-network-engineer-to-infra", r).Select(e => e.Months).ToList())
            .ToList();
        Assert.Equal([76, 20], months[0]); // 03/2019 through June 2025; 07/2017 through 02/2019
        Assert.All(months, m => Assert.Equal(months[0], m));
    }
}
