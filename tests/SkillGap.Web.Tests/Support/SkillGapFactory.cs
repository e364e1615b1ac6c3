using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace SkillGap.Web.Tests.Support;

/// <summary>The real host over a real SQLite file of its own, deleted when the test ends.</summary>
public sealed class SkillGapFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "skillgap-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;

    public SkillGapFactory()
        : this(null)
    {
    }

    private SkillGapFactory(Dictionary<string, string?>? settings)
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "skillgap.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:SkillGap"] = $"Data Source={DatabasePath}",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    /// <summary>A host with extra configuration (upload limits, another database file, ...).</summary>
    public static SkillGapFactory With(Dictionary<string, string?> settings) => new(settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform is left for the temp cleaner; it holds only test data.
        }
    }
}
