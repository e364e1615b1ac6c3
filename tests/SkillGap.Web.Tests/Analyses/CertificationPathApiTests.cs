using System.Text.Json;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

public class CertificationPathApiTests
{
    [Fact]
    public async Task EveryRoleCarriesAnOrderedCertificationPathAndTheAdviceListFollowsIt()
    {
        using var factory = new SkillGapFactory();
        var response = await factory.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        foreach (var role in body.GetProperty("roles").EnumerateArray())
        {
            var path = role.GetProperty("certificationPath");
            Assert.False(string.IsNullOrWhiteSpace(path.GetProperty("summary").GetString()));
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.InRange(steps.Count, 1, 4);
            Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.GetProperty("step").GetInt32()));
            Assert.All(steps, s =>
            {
                Assert.True(s.GetProperty("preparationHours").GetInt32() > 0);
                Assert.NotEmpty(s.GetProperty("closes").EnumerateArray());
                Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("why").GetString()));
                Assert.Equal(JsonValueKind.Array, s.GetProperty("prerequisites").ValueKind);
            });

            // The earlier advice list stays, derived from the path.
            Assert.Equal(
                steps.Select(s => s.GetProperty("id").GetString()),
                role.GetProperty("recommendedCertifications").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        }
    }
}
