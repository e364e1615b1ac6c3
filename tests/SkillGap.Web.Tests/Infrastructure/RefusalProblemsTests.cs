using System.Net;
using System.Text.Json;
using SkillGap.Core.Refusals;
using SkillGap.Web.Infrastructure;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Infrastructure;

public class RefusalProblemsTests
{
    [Fact]
    public void EveryRefusalReasonHasItsOwnStableProblemTypeAndAClientErrorStatus()
    {
        var shapes = Enum.GetValues<RefusalReason>().Select(RefusalProblems.For).ToList();
        Assert.Equal(shapes.Count, shapes.Select(s => s.Type).Distinct().Count());
        Assert.All(shapes, s =>
        {
            Assert.StartsWith(RefusalProblems.TypeBase, s.Type, StringComparison.Ordinal);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", s.Slug);
            Assert.InRange(s.Status, 400, 499);
        });
    }

    [Fact]
    public async Task ARefusedUploadNamesItsProblemTypeBesideTheStatusAndDetail()
    {
        using var factory = new SkillGapFactory();
        var response = await factory.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload("plain text pretending"u8.ToArray(), "resume.docx"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("https://skillgap.dev/problems/unsupported-type", problem.GetProperty("type").GetString());
        Assert.Equal("Unsupported file type", problem.GetProperty("title").GetString());
    }
}
