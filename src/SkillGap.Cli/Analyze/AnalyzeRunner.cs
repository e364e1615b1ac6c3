using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;

namespace SkillGap.Cli.Analyze;

/// <summary>Reads and analyzes files in parallel over the cores with one shared analyzer (thread-safe once built).</summary>
internal static class AnalyzeRunner
{
    /// <param name="onDone">Called once per file as it finishes, from worker threads.</param>
    /// <returns>One outcome per file, in the input order.</returns>
    public static IReadOnlyList<FileOutcome> Run(
        IReadOnlyList<string> files, ResumeAnalyzer analyzer, DateOnly today, string? targetRole, Action<FileOutcome> onDone, CancellationToken cancellationToken = default)
    {
        var outcomes = new FileOutcome[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            outcomes[i] = AnalyzeOne(files[i], analyzer, today, targetRole, cancellationToken);
            onDone(outcomes[i]);
        });
        return outcomes;
    }

    private static FileOutcome AnalyzeOne(string file, ResumeAnalyzer analyzer, DateOnly today, string? targetRole, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed(file, FileOutcome.Unreadable, $"The file could not be opened ({ex.GetType().Name}).");
        }

        var read = DocumentReader.Read(bytes, cancellationToken: cancellationToken);
        if (read.Document is null)
        {
            return FileOutcome.Refused(file, read.Failure!);
        }

        try
        {
            return FileOutcome.Done(file, analyzer.Analyze(read.Document, today, targetRole, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug of ours on this input: the other files still get their rows. The message could quote the resume, so only the type.
            return FileOutcome.Failed(file, FileOutcome.InternalError, $"The analysis failed ({ex.GetType().Name}); please report it with the file.");
        }
    }
}
