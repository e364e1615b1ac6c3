using System.Net;
using System.Text.Json;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Catalogs;

public class CatalogApiTests : IClassFixture<SkillGapFactory>
{
    private readonly HttpClient _client;

    public CatalogApiTests(SkillGapFactory factory) => _client = factory.CreateClient();

    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task ListsTheFourRoles()
    {
        var ids = (await Get("/api/v1/roles")).EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["devops-engineer", "infrastructure-engineer", "platform-engineer", "site-reliability-engineer"], ids);
    }

    [Fact]
    public async Task ARoleProfileCarriesWeightedSkillsWithTheirWhy()
    {
        var role = await Get("/api/v1/roles/site-reliability-engineer");
        var skills = role.GetProperty("skills").EnumerateArray().ToList();
        Assert.Contains(skills, s => s.GetProperty("tier").GetString() == "core");
        Assert.All(skills, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("why").GetString())));
        Assert.NotEmpty(role.GetProperty("market").GetProperty("facts").EnumerateArray());
    }

    [Fact]
    public async Task UnknownRoleIsAProblemNotFound()
    {
        var response = await _client.GetAsync("/api/v1/roles/astronaut");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CertificationsAndSkillsIncludeContractIds()
    {
        var certs = (await Get("/api/v1/certifications")).EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        var skills = (await Get("/api/v1/skills")).EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("aws-solutions-architect-professional", certs);
        Assert.Contains("cka", certs);
        Assert.Contains("kubernetes", skills);
        Assert.Contains("internal-developer-platform", skills);
    }
}
