using System.Text;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using Spectre.Console;

namespace SkillGap.Cli.Analyze;

/// <summary>
/// <c>analyze &lt;files-or-folders…&gt; [--role ID] [--format table|json|csv] [--out FILE]</c>: the service's analysis
/// offline (same Core, no server, no database), parallel over the cores with the model loaded once. A file that cannot
/// be read is a row with its reason. Exits 2 on a usage error, 1 when no file could be read, else 0.
/// </summary>
internal static class AnalyzeCommand
{
    public const int UsageError = 2;
    public const int EveryFileFailed = 1;

    /// <param name="openOutput">Standard output, opened only when no --out is given.</param>
    /// <param name="outputIsTerminal">Standard output is a terminal (the table gets rounded borders and the terminal's width).</param>
    /// <param name="errorIsTerminal">Standard error is a terminal (a live progress bar instead of a line per file).</param>
    public static int Run(AnalyzeRequest request, Func<Stream> openOutput, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        var files = AnalyzeInputs.Expand(request.Paths, out var missing);
        if (files is null || files.Count == 0)
        {
            error.WriteLine($"analyze: {missing ?? "no PDF or DOCX file in the folders given"}");
            return UsageError;
        }

        var catalogDirectory = request.CatalogDirectory ?? (RepositoryRoot.Find() is { } root ? Path.Combine(root, "data") : null);
        if (catalogDirectory is null)
        {
            error.WriteLine("analyze: no catalog; run inside the repository or pass --catalog DIR.");
            return UsageError;
        }

        var modelPath = request.ModelPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogDirectory))!, "models", "disambiguation.zip");
        AnalyzerFiles analyzer;
        try
        {
            analyzer = AnalyzerFiles.Load(catalogDirectory, modelPath);
        }
        catch (Exception ex) when (ex is CatalogException or IOException)
        {
            error.WriteLine($"analyze: {ex.Message}");
            return UsageError;
        }

        if (request.Role is not null && analyzer.Catalog.FindRole(request.Role) is null)
        {
            error.WriteLine($"analyze: unknown role '{request.Role}'; one of: {string.Join(", ", analyzer.Catalog.Roles.Select(r => r.Id))}");
            return UsageError;
        }

        var today = request.Today ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var outcomes = AnalyzeProgress.Track(files.Count, error, errorIsTerminal,
            onDone => AnalyzeRunner.Run(files, analyzer.Analyzer, today, request.Role, onDone));
        var roleIds = analyzer.Catalog.Roles.Select(r => r.Id).ToList();
        var rows = outcomes.Select(o => AnalyzeRow.From(o, analyzer.Catalog)).ToList();

        using (var output = request.OutPath is null ? openOutput() : File.Create(request.OutPath))
        {
            Write(request.Format, rows, outcomes, roleIds, output, request.OutPath is null && outputIsTerminal);
        }

        if (request.OutPath is not null)
        {
            error.WriteLine($"wrote {request.OutPath}");
        }

        return outcomes.Any(o => o.Succeeded) ? 0 : EveryFileFailed;
    }

    private static void Write(string format, List<AnalyzeRow> rows, IReadOnlyList<FileOutcome> outcomes, List<string> roleIds, Stream output, bool terminal)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(rows, outcomes, roleIds, output);
                break;
            case "csv":
                CsvOutput.Write(rows, roleIds, output);
                break;
            default:
                using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    var console = terminal
                        ? AnsiConsole.Console
                        : AnsiConsole.Create(new AnsiConsoleSettings
                        {
                            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
                        });
                    if (!terminal)
                    {
                        // Redirected: no wrapping, one line per file, whatever the names' length.
                        console.Profile.Width = 4096;
                    }

                    TableOutput.Write(rows, roleIds, console, terminal);
                }

                break;
        }
    }
}
