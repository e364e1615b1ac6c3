namespace SkillGap.Web.Infrastructure;

/// <summary>
/// `dotnet SkillGap.Web.dll --healthcheck`: the container image has no curl, so the app probes itself
/// for the Dockerfile's HEALTHCHECK. Exit code 0 when /health answers Healthy.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var url = (Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://localhost:8080").Split(';')[0].Replace("+", "localhost", StringComparison.Ordinal);
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
            var body = await client.GetStringAsync(url.TrimEnd('/') + "/health");
            return body == "Healthy" ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
