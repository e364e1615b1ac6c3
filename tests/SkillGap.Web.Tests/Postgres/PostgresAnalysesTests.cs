using System.Net;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Postgres;

/// <summary>The API flow against a real PostgreSQL server, each test in a database of its own.</summary>
public class PostgresAnalysesTests
{
    [Fact]
    public async Task AnAnalysisIsCreatedReadAndDeletedOnPostgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var factory = SkillGapFactory.With(database.HostSettings);
        var client = factory.CreateClient();

        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx"), "priya.docx"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdJson = await created.Content.ReadAsStringAsync();

        var fetched = await client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(createdJson, await fetched.Content.ReadAsStringAsync());
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM analyses"));

        var deleted = await client.DeleteAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM analyses"));
    }

    [Fact]
    public async Task TheExtractedTextRoundTripsThroughPostgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var factory = SkillGapFactory.With(database.HostSettings);
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx")));

        var text = await client.GetStringAsync($"{created.Headers.Location}/text");

        Assert.Contains("Designed BGP and OSPF routing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalysisSurvivesARestartAndTheMigrationIsNotAppliedTwice()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        Uri location;
        using (var first = SkillGapFactory.With(database.HostSettings))
        {
            var created = await first.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            location = created.Headers.Location!;
        }

        using var second = SkillGapFactory.With(database.HostSettings);
        var fetched = await second.CreateClient().GetAsync(location);

        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }
}
