namespace SkillGap.Pdf.Tests.Layout;

/// <summary>End-to-end layout checks on our own fixture PDFs (Chromium, LibreOffice, pdflatex), made for these tests.</summary>
public sealed class FixtureLayoutTests
{
    [Fact]
    public void ReadsTheChromiumTwoColumnResumeColumnByColumn()
    {
        List<string> lines = Lines("two-column-sidebar.pdf");

        int lastSidebarLine = IndexOf(lines, "Technology, 2016");
        int firstMainHeading = IndexOf(lines, "PROFILE");
        Assert.True(lastSidebarLine < firstMainHeading, "the whole sidebar comes before the main column");
        Assert.True(IndexOf(lines, "Priya Lindqvist") < IndexOf(lines, "SKILLS"), "the full-width header comes first");
        Assert.True(IndexOf(lines, "HashiCorp Terraform") < IndexOf(lines, "Moved forty services"), "poppler interleaves these; we must not");
        Assert.True(IndexOf(lines, "PostgreSQL operations") < IndexOf(lines, "CERTIFICATIONS"));
        Assert.True(IndexOf(lines, "2017 – 2021") < IndexOf(lines, "PROJECTS"));
    }

    [Fact]
    public void KeepsTheChromiumAuthorHyphenInSelfService()
    {
        string text = Extract("two-column-sidebar.pdf").Text;

        Assert.Contains("self-service", text, StringComparison.Ordinal);
        Assert.DoesNotContain("selfservice", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposesTexAccentsIntoPrecomposedLetters()
    {
        string text = Extract("pdflatex-accents-hyphenation.pdf").Text;

        Assert.Contains("José Martínez-Ngüyen", text, StringComparison.Ordinal);
        Assert.Contains("Café Réseau Sàrl", text, StringComparison.Ordinal);
        Assert.Contains("naïve", text, StringComparison.Ordinal);
        Assert.Contains("français, español", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinsTexHyphenationButKeepsCompoundHyphens()
    {
        string text = Extract("pdflatex-accents-hyphenation.pdf").Text;

        foreach (string word in new[] { "background", "infrastructure", "Experienced", "configuration", "unglamorous", "incidents" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.Contains("self-service", text, StringComparison.Ordinal);
        Assert.Contains("end-to-end", text, StringComparison.Ordinal);
        Assert.DoesNotContain("infras-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheLibreOfficeSkillsTableRowByRow()
    {
        List<string> lines = Lines("libreoffice-table-resume.pdf");

        Assert.Contains("Automation Ansible, Bash, PowerShell, Terraform (learning)", lines);
        Assert.Contains("Senior Systems Administrator, Mazovia Health Network 2019 – present", lines);
        Assert.Contains(lines, l => l.Contains("Linux", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chromium-letter-spaced.pdf", new[] { "MEI-LING DUARTE", "PLATFORM ENGINEER · LISBON", "PROFESSIONAL EXPERIENCE", "CLOUD PLATFORM LEAD, Tessera Payments, 2020 – present", "Infrastructure Engineer, Porto Data Labs, 2016 – 2020", "Skills and Tools", "CERTIFICATIONS", "AWS Certified Solutions Architect – Associate, 2022", "EDUCATION" })]
    [InlineData("libreoffice-letter-spaced.pdf", new[] { "TOMASZ WIERZBICKI", "DEVOPS ENGINEER · Gdańsk · tomasz.w@example.org", "PROFESSIONAL EXPERIENCE", "Release Engineer, Baltic Ferries, 2019 – present", "SKILLS AND TOOLS", "Microsoft Certified: Azure Administrator Associate, 2021", "EDUCATION" })]
    [InlineData("pdflatex-letter-spaced.pdf", new[] { "JARED OKAFOR", "Site Reliability Engineer", "PROFESSIONAL EXPERIENCE", "SENIOR SRE, Lumen Freight, 2021 – present", "Skills and Tools", "Certifications", "Certified Kubernetes Administrator", "EDUCATION" })]
    public void ReadsLetterSpacedAndSmallCapsHeadingsAsWords(string fixture, string[] expected)
    {
        List<string> lines = Lines(fixture);

        foreach (string line in expected)
        {
            Assert.Contains(line, lines);
        }

        // The same file's normal single-letter words stay apart.
        Assert.Contains("Vowels for the keyboard test: a I o u.", lines);
    }

    private static PdfTextResult Extract(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Layout", name);
        PdfTextResult result = PdfTextExtractor.Extract(File.ReadAllBytes(path));
        Assert.Equal(PdfReadStatus.Ok, result.Status);
        return result;
    }

    private static List<string> Lines(string name) => Extract(name).Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();

    private static int IndexOf(List<string> lines, string start)
    {
        int index = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"a line starting with '{start}' is missing");
        return index;
    }
}
