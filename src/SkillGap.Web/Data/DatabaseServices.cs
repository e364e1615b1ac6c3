using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace SkillGap.Web.Data;

public static class DatabaseServices
{
    public static IServiceCollection AddSkillGapDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Read at resolution time, not registration time, so configuration layered on later (tests, hosts) is honoured.
        services.AddDbContext<SkillGapDbContext>((sp, options) =>
        {
            var provider = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("SkillGap") ?? "Data Source=var/skillgap.db";
            var environment = sp.GetRequiredService<IHostEnvironment>();
            if (provider == "postgres")
            {
                options.UseNpgsql(connectionString);
            }
            else
            {
                options.UseSqlite(SqliteFileUnder(environment.ContentRootPath, connectionString));
            }

            // The model snapshot is not kept (migrations are hand-written); a test checks the schema instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        return services;
    }

    public static void MigrateDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SkillGapDbContext>().Database.Migrate();
    }

    // A relative SQLite path is relative to the content root, and its folder is created on first run.
    private static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && !path.StartsWith("file:", StringComparison.Ordinal))
        {
            var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }

        return builder.ToString();
    }
}
