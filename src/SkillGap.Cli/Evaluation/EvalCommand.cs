namespace SkillGap.Cli.Evaluation;

/// <summary>
/// <c>eval [--data data/eval] [--catalog data] [--model models/disambiguation.zip] [--today 2026-11-01] [--json FILE] [--verbose]</c>:
/// runs the analysis on every rendering (DOCX and PDFs) of every labelled resume and scores it against the labels.
/// It is a report: it exits 0 whatever the scores, 1 when the pipeline crashed on a file, 2 when it could not run.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string? evalDirectory, string? catalogDirectory, string? modelPath, DateOnly? today, string? jsonPath, bool verbose)
    {
        evalDirectory ??= RepositoryRoot.Find() is { } root ? Path.Combine(root, "data", "eval") : null;
        if (evalDirectory is null || !Directory.Exists(evalDirectory))
        {
            Console.Error.WriteLine($"eval set not found ({evalDirectory ?? "no data/eval above the current folder"}); pass --data DIR.");
            return 2;
        }

        // An eval set lives under data/ (data/eval, data/eval/holdout), below the catalog it is labelled with; models/ sits beside data/.
        catalogDirectory ??= FindAbove(Path.GetFullPath(evalDirectory), "skills.json");
        if (catalogDirectory is null)
        {
            Console.Error.WriteLine($"no catalog (skills.json) above {evalDirectory}; pass --catalog DIR.");
            return 2;
        }

        modelPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogDirectory))!, "models", "disambiguation.zip");

        var set = EvalSetFiles.Load(evalDirectory);
        foreach (var problem in set.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        if (set.Resumes.Count == 0 || set.Problems.Count > 0)
        {
            Console.Error.WriteLine("the eval set cannot be scored until its labels files are fixed.");
            return 2;
        }

        var pipeline = EvalPipeline.Load(catalogDirectory, modelPath, out var error);
        if (pipeline is null)
        {
            Console.Error.WriteLine($"cannot build the analysis pipeline: {error}");
            return 2;
        }

        var outcomes = EvalRunner.Run(set, pipeline.Analyzer, today, catalog: pipeline.Catalog);
        var summaries = EvalSummary.Build(outcomes);
        Console.Out.WriteLine($"{set.Resumes.Count} resumes, {outcomes.Count} documents; disambiguation: {pipeline.Disambiguation}");
        EvalReport.Print(summaries, outcomes, verbose, Console.Out);
        AdviceReport.Print(outcomes, verbose, Console.Out);
        if (jsonPath is not null)
        {
            EvalJson.Write(jsonPath, pipeline.Disambiguation, summaries, outcomes, AdviceReport.Counts(outcomes));
            Console.Out.WriteLine($"wrote {jsonPath}");
        }

        return outcomes.Any(o => o.Crashed) ? 1 : 0;
    }

    private static string? FindAbove(string start, string fileName)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, fileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
