using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Analyses;

/// <summary>
/// Every way our PDF reader can refuse a file reaches the client as a 422 problem with a detail a person can act on,
/// never a 500, and never at the cost of analyses already stored.
/// </summary>
public class PdfFailureUploadTests : IClassFixture<SkillGapFactory>
{
    private readonly SkillGapFactory _factory;

    public PdfFailureUploadTests(SkillGapFactory factory) => _factory = factory;

    public static TheoryData<string> FailingPdfs => ["damaged", "password", "bomb", "scanned"];

    [Fact]
    public async Task ADamagedPdfIsUnprocessable()
    {
        var (status, title, detail) = await Post(_factory, FailingPdf("damaged"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("Unreadable file", title);
        Assert.Contains("damaged", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordProtectedPdfIsUnprocessable()
    {
        var (status, title, detail) = await Post(_factory, FailingPdf("password"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("Password-protected file", title);
        Assert.Contains("Remove the password", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADecompressionBombIsUnprocessableAsTooComplex()
    {
        var (status, title, detail) = await Post(_factory, FailingPdf("bomb"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("File too complex", title);
        Assert.Contains("expands to more data", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResumeOverTheConfiguredOperatorBudgetIsUnprocessableAsTooComplex()
    {
        using var tight = SkillGapFactory.With(new() { ["PdfReading:MaxOperators"] = "1000" });

        var (status, title, detail) = await Post(tight, Fixtures.Bytes("sysadmin-to-devops.pdf"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("File too complex", title);
        Assert.Contains("draw more than a resume should", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameResumeIsReadUnderTheDefaultBudgets()
    {
        var response = await _factory.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.pdf"), "resume.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public void PdfBudgetsOutsideTheirRangeStopTheHostAtStartUp()
    {
        using var broken = SkillGapFactory.With(new() { ["PdfReading:MaxPages"] = "0" });

        var exception = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("MaxPages", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FailingPdfs))]
    public async Task AFailingPdfLeavesStoredAnalysesAsTheyWere(string kind)
    {
        var client = _factory.CreateClient();
        var created = await client.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        var analysis = await client.GetStringAsync(created.Headers.Location);
        var text = await client.GetStringAsync($"{created.Headers.Location}/text");

        var (status, _, _) = await Post(_factory, FailingPdf(kind));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(analysis, await client.GetStringAsync(created.Headers.Location));
        Assert.Equal(text, await client.GetStringAsync($"{created.Headers.Location}/text"));
    }

    [Fact]
    public async Task AClientThatAbortsItsUploadGetsNoServerErrorAndNothingIsStored()
    {
        // The request's token reaches the form reader, the PDF reader (which throws OperationCanceledException when it
        // is cancelled, by contract) and the database; the exception handler turns that into 499 (client closed
        // request), logged below error level. Here the token is cancelled before the form is read.
        var logs = new ConcurrentQueue<(LogLevel Level, string Message)>();
        using var host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(logs))));
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        using var form = Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.pdf"), "resume.pdf");
        byte[] body = await form.ReadAsByteArrayAsync();
        string contentType = form.Headers.ContentType!.ToString();

        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/v1/analyses";
            c.Request.ContentType = contentType;
            c.Request.Body = new MemoryStream(body);
            c.RequestAborted = aborted.Token;
        });

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, context.Response.StatusCode);
        Assert.DoesNotContain(logs, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs, entry => entry.Message.Contains("stored", StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, string Title, string Detail)> Post(SkillGapFactory factory, byte[] pdf)
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/analyses", Fixtures.Upload(pdf, "resume.pdf"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, problem.GetProperty("title").GetString() ?? "", problem.GetProperty("detail").GetString() ?? "");
    }

    private static byte[] FailingPdf(string kind) => kind switch
    {
        "damaged" => Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] >> endobj\ntrailer << /Root 1 0 R >>\n"),
        "password" => File.ReadAllBytes(Path.Combine(SharedCorpus(), "pdflib", "pdfpig-encrypted-password-is-password.pdf")),
        "bomb" => RunLengthBomb(),
        "scanned" => Fixtures.Bytes("scanned.pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown failing PDF"),
    };

    /// <summary>A page whose five content bytes eight chained RunLength filters would expand to 2^49 bytes.</summary>
    private static byte[] RunLengthBomb()
    {
        string filters = "/ASCIIHexDecode" + string.Concat(Enumerable.Repeat(" /RunLengthDecode", 8));
        return Encoding.Latin1.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            + $"4 0 obj << /Length 5 /Filter [{filters}] >>\nstream\n8181>\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n");
    }

    private static string SharedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillGap.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "pdf-corpus"));
            }
        }

        throw new InvalidOperationException("SkillGap.sln not found above the test binaries; cannot locate the shared PDF corpus.");
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(LogLevel Level, string Message)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(entries);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<(LogLevel Level, string Message)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
