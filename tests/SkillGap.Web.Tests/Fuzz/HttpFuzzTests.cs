using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkillGap.Web.Tests.Support;
using Xunit.Abstractions;

namespace SkillGap.Web.Tests.Fuzz;

/// <summary>
/// Seeded hostile HTTP against the service running as its own process: mutated uploads, broken multipart bodies, bad
/// headers and framing, odd methods and routes. Fails on any 5xx, on an application 4xx without a detail, on a request
/// the server keeps working on past its budget, on a lost analysis, and when the process dies. CI runs a bounded count;
/// SKILLGAP_HTTP_FUZZ_CASES sets a longer run (README, "Hostile input").
/// </summary>
public sealed class HttpFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_204;
    private const int DefaultCases = 240;
    private const int HealthEvery = 40;

    // The service's budgets in this run; a response slower than the hang guard means one of them was not enforced.
    private static readonly Dictionary<string, string> s_settings = new()
    {
        ["PdfReading__MaxDuration"] = "00:00:02",
        ["DocxReading__MaxDuration"] = "00:00:02",
        ["Analysis__MaxDuration"] = "00:00:02",
        ["Uploads__MaxBytes"] = (1024 * 1024).ToString(CultureInfo.InvariantCulture),
    };

    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task HostileRequestsGetAnswersWithADetailAndTheProcessSurvives()
    {
        using var server = new ServerProcess(s_settings);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = s_hangGuard };
        var failures = new List<string>();

        var known = await KnownGoodAnalysis(http);

        // The file that ended the process before the DOCX reader checked depth, then the process must still answer.
        var deep = await RawHttp.SendAsync(server.BaseAddress, Upload(HttpFuzzCases.DeepNestingDocx()), s_hangGuard);
        Assert.True(deep.Status == 422 && deep.Body.Contains("levels deep", StringComparison.Ordinal), $"deep nesting: {deep.Status} {deep.Body} {server.Errors}");
        await AssertHealthy(server, http, known, "after the deep-nesting DOCX");

        var count = int.TryParse(Environment.GetEnvironmentVariable("SKILLGAP_HTTP_FUZZ_CASES"), out var n) ? n : DefaultCases;
        var cases = new HttpFuzzCases(new Random(Seed), Seeds());
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var fuzzCase = cases.Next(i, known);
            var response = await RawHttp.SendAsync(server.BaseAddress, fuzzCase.Request, s_hangGuard, fuzzCase.ClientLeaves);
            statuses[response.Status] = statuses.GetValueOrDefault(response.Status) + 1;
            if (Problem(fuzzCase, response) is { } problem)
            {
                failures.Add($"{fuzzCase.Label}: {problem}");
            }

            if (server.HasExited)
            {
                Assert.Fail($"The service died (exit {server.ExitCode}) at {fuzzCase.Label}.\n{server.Errors}\nEarlier failures:\n{string.Join('\n', failures)}");
            }

            if ((i + 1) % HealthEvery == 0)
            {
                await AssertHealthy(server, http, known, $"after case {i}");
            }
        }

        await AssertHealthy(server, http, known, "at the end");
        output.WriteLine($"{count} cases; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // The run reached both the analysis (some mutated files still read) and the refusals it aims at.
        Assert.True(statuses.GetValueOrDefault(201) > 0, "no mutated upload was analysed");
        Assert.True(statuses.GetValueOrDefault(422) > 0, "no upload was refused as unreadable");
        Assert.True(statuses.GetValueOrDefault(400) > 0, "no request was refused as malformed");
    }

    private static string? Problem(HttpFuzzCase fuzzCase, RawResponse response)
    {
        if (response.Status == 0 && fuzzCase.ClientLeaves && response.Elapsed < s_hangGuard)
        {
            return null;
        }

        if (response.Status == 0)
        {
            return response.Elapsed >= s_hangGuard ? $"no answer within {s_hangGuard.TotalSeconds} s (kept working past its budget)" : "connection closed without an answer";
        }

        if (response.Status >= 500)
        {
            return $"{response.Status}: {Shorten(response.Body)}";
        }

        if (response.Status < 400 || fuzzCase.IsHead || (fuzzCase.ServerMayAnswerAlone && response.Body.Length == 0))
        {
            return null;
        }

        if (response.ContentType.Contains("json", StringComparison.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(response.Body);
                return json.RootElement.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString())
                    ? null
                    : $"{response.Status} problem without a detail: {Shorten(response.Body)}";
            }
            catch (JsonException)
            {
                return $"{response.Status} with a body that is not JSON: {Shorten(response.Body)}";
            }
        }

        return response.ContentType.StartsWith("text/html", StringComparison.Ordinal) && response.Body.Contains("role=\"alert\"", StringComparison.Ordinal)
            ? null
            : $"{response.Status} without a detail ({response.ContentType}): {Shorten(response.Body)}";
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private static byte[] Upload(byte[] file)
    {
        const string boundary = "----fixed-case";
        return RawRequest.Build("POST", "/api/v1/analyses", [("Content-Type", $"multipart/form-data; boundary={boundary}")], RawRequest.Multipart(boundary, file));
    }

    private static async Task<string> KnownGoodAnalysis(HttpClient http)
    {
        var response = await http.PostAsync("/api/v1/analyses", Fixtures.Upload(Fixtures.Bytes("sysadmin-to-devops.docx")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetString()!;
    }

    private static async Task AssertHealthy(ServerProcess server, HttpClient http, string known, string when)
    {
        Assert.False(server.HasExited, $"The service died {when}.\n{server.Errors}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        var stored = await http.GetAsync($"/api/v1/analyses/{known}");
        Assert.True(stored.StatusCode == HttpStatusCode.OK, $"the known analysis was lost {when}: {stored.StatusCode}");
    }

    private static List<(string Name, byte[] Data)> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"))
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .Where(f => new FileInfo(f).Length <= 300 * 1024)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
}
