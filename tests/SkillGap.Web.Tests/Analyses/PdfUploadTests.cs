using System.Net;
using System.Text.Json;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

public class PdfUploadTests : IClassFixture<SkillGapFactory>
{
    private readonly HttpClient _client;

    public PdfUploadTests(SkillGapFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task UploadingAPdfGivesTheSameSkillsAsTheDocxOfTheSameResume()
    {
        var fromPdf = await _client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.pdf"), "priya.pdf"));
        var fromDocx = await _client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("network-engineer-to-infra.docx"), "priya.docx"));

        Assert.Equal(HttpStatusCode.Created, fromPdf.StatusCode);
        var pdf = JsonDocument.Parse(await fromPdf.Content.ReadAsStringAsync()).RootElement;
        var docx = JsonDocument.Parse(await fromDocx.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("pdf", pdf.GetProperty("document").GetProperty("format").GetString());
        Assert.Equal(SkillIds(docx), SkillIds(pdf));
        Assert.Equal(docx.GetProperty("bestFitRole").GetString(), pdf.GetProperty("bestFitRole").GetString());
    }

    [Fact]
    public async Task AScannedPdfIsUnprocessableWithAnExplanation()
    {
        var response = await _client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("scanned.pdf"), "scan.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains("no text layer", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedPdfIsReadByRepairOrRefusedButNeverAServerError()
    {
        var bytes = Fixtures.Bytes("sysadmin-to-devops.pdf");
        var broken = bytes[..(bytes.Length / 3)].Concat(new byte[4096]).ToArray();
        var response = await _client.PostAsync("/api/v1/analyses", Fixtures.Upload(broken, "broken.pdf"));
        Assert.True((int)response.StatusCode is 201 or 422, $"status {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static List<string> SkillIds(JsonElement analysis) =>
        analysis.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
}
