using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillGap.Web.Data;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Pages;

public class CertificationPathPageTests
{
    [Fact]
    public async Task TheAnalysisPageShowsTheCertificationPathAsOrderedStepsWithHoursWhatEachClosesAndWhy()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.Contains("<h3 id=\"certification-path\">Your certification path</h3>", page, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"cert-path\"", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"step-number\">Step 1</span>", page, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"about \d+ hours · closes \d+ gap points"), page);
        Assert.Contains("<strong>Closes:</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Why:</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalysisStoredBeforeThePathExistedStillShowsItsAdviceList()
    {
        using var factory = new SkillGapFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SkillGapDbContext>();
            var stored = JsonNode.Parse((await db.Analyses.SingleAsync(a => a.Id == id)).ResultJson)!;
            foreach (var role in stored["roles"]!.AsArray())
            {
                role!.AsObject().Remove("certificationPath");
            }

            var old = stored.ToJsonString();
            await db.Analyses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ResultJson, old));
        }

        var page = await client.GetStringAsync($"/analyses/{id}");

        Assert.Contains("<ol class=\"certs\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol class=\"cert-path\"", page, StringComparison.Ordinal);
    }
}

public class CertificationPathViewTests
{
    [Fact]
    public void AFormalPrerequisiteTakenEarlierNamesItsStep()
    {
        var text = SkillGap.Web.Pages.Analyses.CertificationPathView.Describe(
            new("formal", ["azure-administrator-associate", "azure-developer-associate"], "AZ-104 or AZ-204", "azure-administrator-associate", "earlier step", 1));
        Assert.Equal("Required first (one of): AZ-104 or AZ-204 — step 1", text);
    }

    [Fact]
    public void ARecommendedStepThatIsSkippedSaysItIsOptional()
    {
        var text = SkillGap.Web.Pages.Analyses.CertificationPathView.Describe(new("recommended", ["kcna"], "KCNA", null, "optional", null));
        Assert.Equal("Recommended first: KCNA — optional with your experience", text);
    }
}
