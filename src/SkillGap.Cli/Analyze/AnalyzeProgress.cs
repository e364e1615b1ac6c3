using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace SkillGap.Cli.Analyze;

/// <summary>
/// Progress on standard error: a live Spectre bar on a terminal, one plain line per file when redirected (a log or
/// CI keeps them). Only file names and refusal kinds are written, never resume text.
/// </summary>
internal static class AnalyzeProgress
{
    public static IReadOnlyList<FileOutcome> Track(
        int total, TextWriter error, bool terminal, Func<Action<FileOutcome>, IReadOnlyList<FileOutcome>> run)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<FileOutcome> outcomes;
        if (terminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            outcomes = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("analyzing", maxValue: total);
                    return run(_ => task.Increment(1));
                });
        }
        else
        {
            var done = 0;
            var gate = new Lock();
            outcomes = run(outcome =>
            {
                lock (gate)
                {
                    done++;
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"[{done}/{total}] {outcome.File}: {(outcome.Succeeded ? "ok" : outcome.FailureKind)}"));
                }
            });
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var failed = outcomes.Count(o => !o.Succeeded);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} files: {total - failed} analyzed, {failed} not read, in {seconds:F1} s ({total / Math.Max(seconds, 0.001):F1} files/s)"));
        return outcomes;
    }
}
