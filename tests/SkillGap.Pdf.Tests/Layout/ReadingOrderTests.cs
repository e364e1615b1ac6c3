namespace SkillGap.Pdf.Tests.Layout;

public sealed class ReadingOrderTests
{
    [Fact]
    public void ReadsTwoColumnsColumnByColumnUnderAFullWidthHeader()
    {
        var page = new GlyphPage()
            .Text("Jordan Example - Platform Engineer - jordan@example.test", 72, 60, fontSize: 12)
            .Column(72, 100, 14, "SKILLS", "Kubernetes", "Terraform", "Go and Python", "Linux")
            .Column(300, 100, 14, "EXPERIENCE", "Built a deploy pipeline", "Ran the on-call rota", "Cut cloud spend by half", "Led a migration", "Wrote runbooks");

        Assert.Equal(
            [
                "Jordan Example - Platform Engineer - jordan@example.test",
                "SKILLS", "Kubernetes", "Terraform", "Go and Python", "Linux",
                "EXPERIENCE", "Built a deploy pipeline", "Ran the on-call rota", "Cut cloud spend by half", "Led a migration", "Wrote runbooks",
            ],
            page.LineTexts());
    }

    [Fact]
    public void ReadsColumnsWhoseBaselinesDoNotLineUp()
    {
        var page = new GlyphPage()
            .Column(72, 100, 12, "left one", "left two", "left three", "left four")
            .Column(320, 105, 15, "right one", "right two", "right three");

        Assert.Equal(["left one", "left two", "left three", "left four", "right one", "right two", "right three"], page.LineTexts());
    }

    [Fact]
    public void ReadsColumnsEvenWhenBothHaveASectionGapAtTheSameHeight()
    {
        var page = new GlyphPage()
            .Column(72, 100, 14, "Profile", "Calm under pressure", "Writes things down")
            .Column(72, 170, 14, "Languages", "English", "German")
            .Column(320, 100, 14, "Experience", "Acme Cloud", "Paged at night")
            .Column(320, 170, 14, "Education", "BSc Computing", "Open University");

        Assert.Equal(
            [
                "Profile", "Calm under pressure", "Writes things down", "Languages", "English", "German",
                "Experience", "Acme Cloud", "Paged at night", "Education", "BSc Computing", "Open University",
            ],
            page.LineTexts());
    }

    [Fact]
    public void ReadsNarrowSidebarBeforeMainColumn()
    {
        var page = new GlyphPage()
            .Column(30, 80, 14, "CONTACT", "Berlin", "+49 000 0000", "TOOLS", "Grafana", "Prometheus")
            .Column(200, 80, 14, "Summary", "Reliability engineer with ten years of experience", "running large fleets of Linux hosts", "and the people who look after them.");

        List<string> lines = page.LineTexts();

        Assert.Equal("Prometheus", lines[5]);
        Assert.Equal("Summary", lines[6]);
    }

    [Fact]
    public void KeepsARightAlignedDateOnTheLineOfItsCompany()
    {
        var page = new GlyphPage()
            .Text("Acme Cloud, Senior SRE", 72, 100)
            .Text("2019 - 2023", 480, 100)
            .Text("Ran the incident process for forty services across three regions", 72, 114)
            .Text("Globex, Systems Engineer", 72, 135)
            .Text("2015 - 2019", 480, 135)
            .Text("Automated provisioning", 72, 149);

        Assert.Equal(
            [
                "Acme Cloud, Senior SRE 2019 - 2023",
                "Ran the incident process for forty services across three regions",
                "Globex, Systems Engineer 2015 - 2019",
                "Automated provisioning",
            ],
            page.LineTexts());
    }

    [Fact]
    public void ReadsDatesBesideShortBulletsRowByRow()
    {
        var page = new GlyphPage()
            .Text("Acme, SRE", 72, 100).Text("2021", 500, 100)
            .Text("On call", 72, 114)
            .Text("Runbooks", 72, 128)
            .Text("Globex, Ops", 72, 142).Text("2019", 500, 142)
            .Text("Backups", 72, 156)
            .Text("Patching", 72, 170)
            .Text("Initech, Admin", 72, 184).Text("2017", 500, 184)
            .Text("Printers", 72, 198);

        Assert.Equal(["Acme, SRE 2021", "On call", "Runbooks", "Globex, Ops 2019", "Backups", "Patching", "Initech, Admin 2017", "Printers"], page.LineTexts());
    }

    [Fact]
    public void ReadsASmallLabelValueTableRowByRow()
    {
        var page = new GlyphPage()
            .Text("Languages", 72, 100).Text("Go, Python, Bash", 200, 100)
            .Text("Cloud", 72, 114).Text("AWS, GCP", 200, 114)
            .Text("Tools", 72, 128).Text("Terraform, Helm", 200, 128);

        Assert.Equal(["Languages Go, Python, Bash", "Cloud AWS, GCP", "Tools Terraform, Helm"], page.LineTexts());
    }

    [Fact]
    public void NumbersBlocksInReadingOrderAndStartsOneAtAColumnChange()
    {
        var page = new GlyphPage()
            .Column(72, 100, 12, "left one", "left two", "left three")
            .Column(320, 104, 13, "right one", "right two", "right three");

        IReadOnlyList<PdfTextLine> lines = page.Layout();

        Assert.Equal([0, 0, 0, 1, 1, 1], lines.Select(l => l.Block));
    }

    [Fact]
    public void StartsANewBlockAfterAParagraphGap()
    {
        var page = new GlyphPage()
            .Column(72, 100, 12, "first paragraph line", "first paragraph end")
            .Column(72, 150, 12, "second paragraph");

        Assert.Equal([0, 0, 1], page.Layout().Select(l => l.Block));
    }

    [Fact]
    public void ReadsRotatedTextAlongItsOwnDirection()
    {
        var page = new GlyphPage()
            .Text("Main text", 72, 100)
            .Rotated("Updated 2024", 580, 700, 90);

        Assert.Equal(["Main text", "Updated 2024"], page.LineTexts());
    }

    [Fact]
    public void ReadsSeveralRotatedLinesInOrder()
    {
        var page = new GlyphPage()
            .Rotated("second", 30, 700, 90)
            .Rotated("first", 15, 700, 90);

        Assert.Equal(["first", "second"], page.LineTexts());
    }
}
