using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Pages;

public partial class PagesTests
{
    [Fact]
    public async Task HomePageHasAnAccessibleUploadFormWithAntiforgery()
    {
        using var factory = new SkillGapFactory();
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("<label for=\"file\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"file\" name=\"file\" type=\"file\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Matches(AntiforgeryField(), html);
    }

    [Fact]
    public async Task UploadingThroughTheFormShowsTheAnalysisPage()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var home = await client.GetStringAsync("/");
        var token = AntiforgeryField().Match(home).Groups[1].Value;
        var form = Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx"));
        form.Add(new StringContent(token), "__RequestVerificationToken");

        var posted = await client.PostAsync("/", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await client.GetStringAsync(posted.Headers.Location);
        Assert.Contains("Best fit: Infrastructure Engineer", page, StringComparison.Ordinal);
        Assert.Contains("Designed BGP and OSPF routing for 40 sites", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bars\"", page, StringComparison.Ordinal);
        Assert.Contains("See what we read from your file", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormUploadOfABadFileShowsTheReasonWithItsStatus()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var token = AntiforgeryField().Match(await client.GetStringAsync("/")).Groups[1].Value;
        var form = Fixtures.Upload("not a resume"u8.ToArray());
        form.Add(new StringContent(token), "__RequestVerificationToken");

        var posted = await client.PostAsync("/", form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, posted.StatusCode);
        Assert.Contains("neither a PDF nor a Word document", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeTextIsHtmlEncodedOnThePage()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx"), "<img src=x onerror=alert(1)>.docx"));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.DoesNotContain("<img src=x onerror=alert(1)>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.docx", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnalysisPageShowsExperienceSeniorityAndInferredSkills()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.Matches(@"<h2 id=""experience"">Experience: \d+(\.\d)? years · (junior|mid|senior|staff)</h2>", page);
        Assert.Contains("Systems Administrator", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">inferred</span>", page, StringComparison.Ordinal);
        Assert.Contains("What you already bring:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnalysisPageSaysWhichJobsCountAndShowsOtherExperience()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("chef-to-cloud-support.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.Contains("<th scope=\"col\">Counts toward seniority</th>", page, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">Head Chef</th>.*<td>no: no technical skill or title</td>", page);
        Assert.Matches(@"<th scope=""row"">IT Support Technician</th>.*<td>yes: technical title</td>", page);
        Assert.Contains("Other experience: 12.7 years.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnalysisPageListsEachSeniorityReasonAndWhereEachJobWasRead()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("chef-to-cloud-support.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.Matches(@"<ul class=""reasons"">\s*<li>\d+(\.\d)? years of technical experience \((junior|mid|senior|staff) by years\)</li>", page);
        Assert.Matches(@"<th scope=""row"">Head Chef</th>.*<td>\s*<q class=""source"">Head Chef, Ravintola Koski [^<]* 2012 to 2024</q>\s*</td>", page);
        Assert.Matches(@"<th scope=""row"">Cloud Fundamentals Course <span class=""badge"">training</span>\s*</th>", page);
        Assert.Matches(@"""Present"" means the day of this analysis, \d{4}-\d{2}-\d{2}\.", page);
    }

    [Fact]
    public async Task TheDeleteButtonRemovesTheAnalysis()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];
        var page = await client.GetStringAsync($"/analyses/{id}");
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", AntiforgeryField().Match(page).Groups[1].Value)]);

        var posted = await client.PostAsync($"/analyses/{id}?handler=Delete", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task UnknownAnalysisPageIsNotFound()
    {
        using var factory = new SkillGapFactory();
        var response = await factory.CreateClient().GetAsync("/analyses/AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
