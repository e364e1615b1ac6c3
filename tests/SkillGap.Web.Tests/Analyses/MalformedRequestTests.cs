using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SkillGap.Web.Tests.Fuzz;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

/// <summary>
/// Each malformed request found by the HTTP fuzz run, as a named case: a 4xx whose status says what is wrong and a body
/// that says what to do. The API answers with problem JSON, pages with an HTML page.
/// </summary>
public class MalformedRequestTests : IClassFixture<MalformedRequestTests.Host>
{
    private const string Boundary = "----test-boundary";
    private readonly Host _host;

    public MalformedRequestTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public SkillGapFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private static ByteArrayContent Body(byte[] bytes, string contentType = $"multipart/form-data; boundary={Boundary}")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static byte[] Multipart(byte[] file, string fileName = "resume.docx") => RawRequest.Multipart(Boundary, file, fileName);

    private async Task<(HttpStatusCode Status, string Title, string Detail)> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, json.GetProperty("title").GetString()!, json.GetProperty("detail").GetString()!);
    }

    private Task<HttpResponseMessage> PostApi(HttpContent content) => _host.Factory.CreateClient().PostAsync("/api/v1/analyses", content);

    [Fact]
    public async Task ATruncatedMultipartBodyIsABadRequestThatSaysItWasCutShort()
    {
        var body = Multipart(Fixtures.Bytes("sysadmin-to-devops.docx"));
        var (status, _, detail) = await Problem(await PostApi(Body(body[..(body.Length / 2)])));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("cut short", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABoundaryThatDoesNotMatchTheHeaderIsABadRequest()
    {
        var body = Multipart(Fixtures.Bytes("sysadmin-to-devops.docx"));
        var (status, _, detail) = await Problem(await PostApi(Body(body, "multipart/form-data; boundary=something-else")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("boundary", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBoundaryIsABadRequestNotTooLarge()
    {
        var (status, _, detail) = await Problem(await PostApi(Body(Multipart([1, 2, 3]), "multipart/form-data")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("boundary", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVeryLongFileNameIsABadRequestThatSaysSoNotTooLarge()
    {
        var body = Multipart(Fixtures.Bytes("sysadmin-to-devops.docx"), new string('n', 20_000) + ".docx");
        var (status, title, detail) = await Problem(await PostApi(Body(body)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEqual("File too large", title);
        Assert.Contains("file name", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonBodyToTheUploadPageIsUnsupportedNotAServerError()
    {
        var response = await _host.Factory.CreateClient().PostAsync("/", new StringContent("{\"file\": 1}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("multipart/form-data", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeepNestingDocxIsTooComplexAndTheServiceStillAnswers()
    {
        var (status, title, detail) = await Problem(await PostApi(Body(Multipart(HttpFuzzCases.DeepNestingDocx()))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("File too complex", title);
        Assert.Contains("levels deep", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _host.Factory.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownApiRouteIsANotFoundProblemWithADetail()
    {
        var (status, _, detail) = await Problem(await _host.Factory.CreateClient().GetAsync("/api/v1/nothing-here"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("/api/v1", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/analyses")]
    [InlineData("PATCH", "/api/v1/roles")]
    [InlineData("OPTIONS", "/api/v1/analyses/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("FOO", "/api/v1/skills")]
    public async Task AWrongMethodOnTheApiIsMethodNotAllowedWithADetail(string method, string path)
    {
        var (status, _, detail) = await Problem(await _host.Factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Contains(method, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAnalysisPageIsANotFoundPageForPeople()
    {
        var response = await _host.Factory.CreateClient().GetAsync("/analyses/AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Analysis not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APagePostWithoutItsFormTokenIsABadRequestPageThatSaysTheFormExpired()
    {
        var response = await _host.Factory.CreateClient().PostAsync("/analyses/AAAAAAAAAAAAAAAAAAAAAA?handler=delete", new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadWithoutItsFormTokenIsRefusedAfterTheFormIsRead()
    {
        var response = await _host.Factory.CreateClient().PostAsync("/", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMethodAPageDoesNotHandleIsMethodNotAllowedWithAnAllowHeader()
    {
        var response = await _host.Factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(',', h.Value))), StringComparer.Ordinal);
    }

    [Fact]
    public async Task TheErrorPageAskedForDirectlyIsNotFound()
    {
        var response = await _host.Factory.CreateClient().GetAsync("/error");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
