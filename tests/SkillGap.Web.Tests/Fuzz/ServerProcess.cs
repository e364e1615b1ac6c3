using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SkillGap.Web.Tests.Fuzz;

/// <summary>
/// The service as its own operating-system process (`dotnet SkillGap.Web.dll`), over its own SQLite file, on a loopback
/// port the OS picks: a crash here (a stack overflow cannot be caught) ends this process, not the test run.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "skillgap-fuzz", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServerProcess(IReadOnlyDictionary<string, string> settings)
    {
        Directory.CreateDirectory(_directory);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillGap.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__SkillGap"] = $"Data Source={Path.Combine(_directory, "skillgap.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        if (Task.WaitAny([_listening.Task, exited], TimeSpan.FromSeconds(60)) != 0)
        {
            throw new InvalidOperationException($"The service did not start listening ({(_process.HasExited ? $"it exited with {_process.ExitCode}" : "60 s")}). {Errors}");
        }

        BaseAddress = _listening.Task.Result;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to standard error: how it died, if it did.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                var text = _errors.ToString();
                return text.Length <= 4000 ? text : text[^4000..];
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; it holds only fuzz data.
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
