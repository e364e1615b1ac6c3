using System.Net;
using System.Text;
using System.Text.Json;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

/// <summary>Every kind of bad input gets a 4xx problem that says what is wrong, and nothing stored is lost.</summary>
public class BadUploadTests : IClassFixture<BadUploadTests.Host>
{
    private readonly Host _host;

    public BadUploadTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public SkillGapFactory Factory { get; } = SkillGapFactory.With(new() { ["Uploads:MaxBytes"] = (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        public void Dispose() => Factory.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Detail)> Post(HttpContent content)
    {
        var response = await _host.Factory.CreateClient().PostAsync("/api/v1/analyses", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? "";
        return (response.StatusCode, detail);
    }

    [Fact]
    public async Task EmptyFileIsABadRequest()
    {
        var (status, detail) = await Post(Fixtures.Upload([]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("empty", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MissingFileFieldIsABadRequest()
    {
        var (status, detail) = await Post(Fixtures.Upload("hello"u8.ToArray(), field: "resume"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'file'", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonMultipartBodyIsUnsupportedMediaType()
    {
        var (status, detail) = await Post(new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("multipart/form-data", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFileTypeIsUnsupportedMediaTypeEvenWithADocxName()
    {
        var (status, detail) = await Post(Fixtures.Upload("plain text pretending"u8.ToArray(), "resume.docx"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("neither a PDF nor a Word document", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedFileIsPayloadTooLarge()
    {
        var (status, detail) = await Post(Fixtures.Upload(new byte[200 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileJustOverTheLimitInsideTheEnvelopeIsStillTooLarge()
    {
        var (status, _) = await Post(Fixtures.Upload(new byte[(64 * 1024) + 10]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task CorruptDocxIsUnprocessable()
    {
        var bytes = Fixtures.Bytes("sysadmin-to-devops.docx");
        var (status, detail) = await Post(Fixtures.Upload(bytes[..(bytes.Length / 2)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("damaged", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordProtectedDocxIsUnprocessable()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).ToArray();
        var (status, detail) = await Post(Fixtures.Upload(bytes));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("password-protected", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTargetRoleIsABadRequestListingTheRoles()
    {
        var (status, detail) = await Post(Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx"), targetRole: "astronaut"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("site-reliability-engineer", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUploadsDoNotDisturbStoredAnalyses()
    {
        var client = _host.Factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var before = await client.GetStringAsync(created.Headers.Location);

        await Post(Fixtures.Upload([]));
        await Post(Fixtures.Upload(new byte[200 * 1024]));
        await Post(Fixtures.Upload("%PDF-1.7 broken"u8.ToArray(), "r.pdf"));

        Assert.Equal(before, await client.GetStringAsync(created.Headers.Location));
    }
}
