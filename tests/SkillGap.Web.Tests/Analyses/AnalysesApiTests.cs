using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

public class AnalysesApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task UploadingADocxReturnsCreatedWithLocationAndTheAnalysis()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx"), "priya.docx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/analyses/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(22, id.Length);
        Assert.Equal("priya.docx", body.GetProperty("fileName").GetString());
        Assert.Equal("docx", body.GetProperty("document").GetProperty("format").GetString());
        Assert.Equal("infrastructure-engineer", body.GetProperty("bestFitRole").GetString());
        var bgp = body.GetProperty("skills").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "bgp");
        Assert.Equal("text", bgp.GetProperty("source").GetString());
        var evidence = bgp.GetProperty("evidence")[0];
        Assert.Equal("experience", evidence.GetProperty("section").GetString());
        Assert.Contains("BGP", evidence.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var roles = body.GetProperty("roles").EnumerateArray().ToList();
        Assert.Equal(4, roles.Count);
        Assert.All(roles[0].GetProperty("gaps").EnumerateArray(), g => Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("why").GetString())));
    }

    [Fact]
    public async Task TheExperienceSaysWhichJobsCountTowardSeniority()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();

        var body = await Json(await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("chef-to-cloud-support.docx"))));

        var experience = body.GetProperty("experience");
        var entries = experience.GetProperty("entries").EnumerateArray()
            .Select(e => (Title: e.GetProperty("title").GetString(), Counted: e.GetProperty("counted").GetBoolean(), Reason: e.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal(("IT Support Technician", true, "technical title"), entries[0]);
        Assert.Equal(("Head Chef", false, "no technical skill or title"), entries[1]);
        Assert.Equal(("Cloud Fundamentals Course", false, "training, not a job"), entries[2]);
        // Head Chef 2012 to 2024 and the course (01/2024 - 08/2024) are the other 152 months.
        Assert.Equal(12.7, experience.GetProperty("otherYears").GetDouble());
        Assert.Contains(
            "12.7 years of other experience not counted (Head Chef, Cloud Fundamentals Course)",
            experience.GetProperty("seniorityReasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task EachEntrySaysWhatItIsAndWhereInTheTextItWasReadAsOfTheAnalysisDate()
    {
        using var factory = new SkillGapFactory();
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = host.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("chef-to-cloud-support.docx")));
        var body = await Json(created);
        var text = await client.GetStringAsync(created.Headers.Location + "/text");

        var experience = body.GetProperty("experience");
        Assert.Equal("2026-03-15", experience.GetProperty("asOf").GetString());
        var entries = experience.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["job", "job", "training"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(19, entries[0].GetProperty("months").GetInt32()); // September 2024 through March 2026, the clock's month included
        var source = text.Substring(entries[1].GetProperty("sourceStart").GetInt32(), entries[1].GetProperty("sourceLength").GetInt32());
        Assert.Equal("Head Chef, Ravintola Koski — 2012 to 2024", source);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task GettingAnAnalysisReturnsExactlyWhatWasCreated()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var createdJson = await created.Content.ReadAsStringAsync();

        var fetched = await client.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(createdJson, await fetched.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnalysisSurvivesARestartBecauseItIsInTheDatabaseFile()
    {
        string location;
        string databasePath;
        using (var first = new SkillGapFactory())
        {
            databasePath = first.DatabasePath;
            var created = await first.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
            location = created.Headers.Location!.OriginalString;
            Assert.True(File.Exists(databasePath));
            using var second = SkillGapFactory.With(new() { ["ConnectionStrings:SkillGap"] = $"Data Source={databasePath}" });
            var fetched = await second.CreateClient().GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        }
    }

    [Fact]
    public async Task TargetRoleIsKeptWithTheAnalysis()
    {
        using var factory = new SkillGapFactory();
        var response = await factory.CreateClient().PostAsync("/api/v1/analyses",
            Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx"), targetRole: "platform-engineer"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("platform-engineer", (await Json(response)).GetProperty("targetRole").GetString());
    }

    [Fact]
    public async Task TheExtractedTextIsAvailableAsPlainText()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx")));

        var text = await client.GetAsync($"{created.Headers.Location}/text");

        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", text.Content.Headers.ContentType?.ToString());
        Assert.Contains("Designed BGP and OSPF routing", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceOffsetsIndexTheServedText()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx")));
        var body = await Json(created);
        var text = await client.GetStringAsync($"{created.Headers.Location}/text");

        foreach (var evidence in body.GetProperty("skills").EnumerateArray().SelectMany(s => s.GetProperty("evidence").EnumerateArray()))
        {
            var mention = text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32());
            Assert.Contains(mention, evidence.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DeletingAnAnalysisRemovesItAndItsText()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));

        var deleted = await client.DeleteAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{created.Headers.Location}/text")).StatusCode);
    }

    [Fact]
    public async Task UnknownIdIsAProblemNotFound()
    {
        using var factory = new SkillGapFactory();
        var response = await factory.CreateClient().GetAsync("/api/v1/analyses/AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
