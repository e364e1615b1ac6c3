using System.Globalization;
using Microsoft.ML.Data;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>
/// train [--data data/training/disambiguation.jsonl] [--taxonomy data/skills.json] [--out models/disambiguation.zip] [--seed 42] [--l1 0] [--l2 0.25]:
/// splits the labelled mentions by text hash, trains on 80% with ML.NET, reports ML.NET's 5-fold cross-validation on
/// that 80% and its metrics on the held-out 20%, and writes the model.
/// The taxonomy's aliases become the model's technical vocabulary and are stored inside the model file.
/// </summary>
internal static class TrainCommand
{
    private const int Folds = 5;

    public static int Run(string? data, string? taxonomy, string? output, int seed, DisambiguationTrainingOptions options)
    {
        var root = RepositoryRoot.Find();
        if (root is null)
        {
            Console.Error.WriteLine("train: run this inside the repository (no SkillGap.sln found above the current directory or the program).");
            return 2;
        }

        var arguments = TrainArguments.WithDefaults(data, taxonomy, output, seed, options, root);
        if (!File.Exists(arguments.DataPath))
        {
            Console.Error.WriteLine($"train: no training data at {arguments.DataPath}");
            return 1;
        }

        var parsed = TrainingSet.Parse(File.ReadAllText(arguments.DataPath));
        if (!parsed.Succeeded)
        {
            foreach (var message in parsed.Errors)
            {
                Console.Error.WriteLine($"{arguments.DataPath}: {message}");
            }

            return 1;
        }

        var (techTerms, taxonomyError) = TaxonomyTerms.Load(arguments.TaxonomyPath);
        if (techTerms is null)
        {
            Console.Error.WriteLine($"train: {taxonomyError}");
            return 1;
        }

        var split = DataSplit.ByTextHash(parsed.Examples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"examples: {parsed.Examples.Count} (train {split.Train.Count}, test {split.Test.Count}), seed {arguments.Seed}, {techTerms.Count} technical terms, L-BFGS L1 {options.L1} L2 {options.L2}"));

        var model = DisambiguationTrainer.Train(split.Train, arguments.Seed, options, techTerms);
        Report("train", DisambiguationEvaluation.Evaluate(model, split.Train), printMistakes: false);
        var cv = DisambiguationTrainer.CrossValidate(split.Train, Folds, arguments.Seed, options, techTerms);
        Print($"{Folds}-fold CV on train", cv.Pooled);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per fold F1: {string.Join(" ", cv.Folds.Select(fold => fold.F1Score.ToString("F3", CultureInfo.InvariantCulture)))} (mean {cv.Folds.Average(fold => fold.F1Score):F3})"));
        Report("test", DisambiguationEvaluation.Evaluate(model, split.Test), printMistakes: true);

        Directory.CreateDirectory(Path.GetDirectoryName(arguments.OutPath)!);
        using (var file = File.Create(arguments.OutPath))
        {
            model.Save(file);
        }

        Console.WriteLine($"model: {model.Weights.Count} non-zero weights written to {arguments.OutPath}");
        return 0;
    }

    private static void Print(string name, CalibratedBinaryClassificationMetrics m)
    {
        // ML.NET's confusion matrix: rows are the true class, columns the predicted one, positive class first.
        var counts = m.ConfusionMatrix.Counts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: precision {m.PositivePrecision:F3}  recall {m.PositiveRecall:F3}  F1 {m.F1Score:F3}  accuracy {m.Accuracy:F3}  AUC {m.AreaUnderRocCurve:F3}  (tp {counts[0][0]}, fp {counts[1][0]}, tn {counts[1][1]}, fn {counts[0][1]})"));
    }

    private static void Report(string name, DisambiguationEvaluation evaluation, bool printMistakes)
    {
        Print(name, evaluation.Metrics);
        if (!printMistakes)
        {
            return;
        }

        // Training lines are invented examples, not resumes, so printing them is safe.
        foreach (var (example, probability) in evaluation.Mistakes)
        {
            var expected = example.Label ? "skill" : "not skill";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  miss: {example.Alias} [{expected}, p={probability:F2}, {example.Mention.Section}] {example.Mention.Text}"));
        }
    }
}
