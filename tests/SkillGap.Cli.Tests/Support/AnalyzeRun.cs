using System.Text;
using SkillGap.Cli.Analyze;

namespace SkillGap.Cli.Tests.Support;

/// <summary>Runs the analyze verb in-process on the committed catalog and model, its output written to a temporary file.</summary>
internal sealed class AnalyzeRun : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 1);

    private AnalyzeRun(string folder) => Folder = folder;

    /// <summary>A folder of its own for inputs and outputs, deleted with the run.</summary>
    public string Folder { get; }

    public int ExitCode { get; private set; }

    public string Error { get; private set; } = "";

    public byte[] Output { get; private set; } = [];

    public string OutputText => Encoding.UTF8.GetString(Output).TrimStart('\uFEFF');

    public static AnalyzeRun InNewFolder() => new(Directory.CreateTempSubdirectory("skillgap-cli-").FullName);

    public static string Rendered(string resume, string file) =>
        Path.Combine(AppContext.BaseDirectory, "data", "eval", "rendered", resume, file);

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public AnalyzeRun Analyze(IReadOnlyList<string> paths, string format = "table", string? role = null)
    {
        var output = Path.Combine(Folder, $"out.{format}");
        using var error = new StringWriter();
        var request = new AnalyzeRequest(paths, role, format, output,
            Path.Combine(AppContext.BaseDirectory, "data"), Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.zip"), Today);
        ExitCode = AnalyzeCommand.Run(request, () => throw new InvalidOperationException("--out was given"), error, outputIsTerminal: false, errorIsTerminal: false);
        Error = error.ToString();
        Output = File.Exists(output) ? File.ReadAllBytes(output) : [];
        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
