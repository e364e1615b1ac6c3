using Npgsql;

namespace SkillGap.Web.Tests.Postgres;

/// <summary>A fresh database with a random name, dropped on dispose, on the server named by SKILLGAP_TEST_POSTGRES or a throwaway one.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "SKILLGAP_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The settings that point the host at this database.</summary>
    public Dictionary<string, string?> HostSettings => new()
    {
        ["Database:Provider"] = "postgres",
        ["ConnectionStrings:SkillGap"] = ConnectionString,
    };

    public static async Task<PostgresDatabase> CreateAsync()
    {
        // A server named by the environment wins; otherwise the run starts its own, and fails (never skips) if it cannot.
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            server = await ThrowawayPostgres.ConnectionStringAsync();
        }

        var database = new PostgresDatabase(server, $"skillgap_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
