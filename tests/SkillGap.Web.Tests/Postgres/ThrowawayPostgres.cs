using System.Diagnostics;

namespace SkillGap.Web.Tests.Postgres;

/// <summary>
/// When SKILLGAP_TEST_POSTGRES is not set, plain `dotnet test` starts its own throwaway server once per test run
/// with scripts/test-postgres.sh (PostgreSQL's server binaries are on the machine) and stops it when the run ends.
/// </summary>
internal static class ThrowawayPostgres
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static async Task<string> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "test-postgres.sh");
        var (exitCode, output) = await RunBashAsync($"source '{script}' >&2 && printf '%s\\n%s\\n' \"$SKILLGAP_TEST_POSTGRES\" \"$SKILLGAP_PG_DIR\"");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (exitCode != 0 || lines.Length < 2)
        {
            Assert.Fail($"Could not start a throwaway PostgreSQL with {script} (exit {exitCode}). Install the server "
                + $"(apt-get install postgresql) or set {PostgresDatabase.Variable} to a server's connection string.");
        }

        var directory = lines[1];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(directory);
        return lines[0];
    }

    // Detached, so the test host may exit while the server shuts down and its files are removed.
    private static void Stop(string directory)
    {
        var owner = Environment.UserName == "root" ? "runuser -u postgres -- " : "";
        var stop = $"{owner}$(ls -1d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1) -D '{directory}/data' -m fast -w stop; rm -rf '{directory}'";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"setsid bash -c \"{stop}\" >/dev/null 2>&1 </dev/null &"]));
        process?.WaitForExit(TimeSpan.FromSeconds(5));
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        })!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        _ = await errors;
        return (process.ExitCode, await output);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SkillGap.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SkillGap.sln not found above the test output.");
    }
}
