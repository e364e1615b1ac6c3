using System.Globalization;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>
/// train [--data data/training/disambiguation.jsonl] [--taxonomy data/skills.json] [--out models/disambiguation.json] [--seed 42]:
/// splits the labelled mentions by text hash, trains on 80%, reports 5-fold cross-validation on that 80% and the
/// held-out 20%, and writes the model.
/// The taxonomy's aliases become the model's technical vocabulary and are stored inside the model file.
/// </summary>
internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        var root = RepositoryRoot.Find();
        if (root is null)
        {
            Console.Error.WriteLine("train: run this inside the repository (no SkillGap.sln found above the current directory or the program).");
            return 2;
        }

        var (arguments, error) = TrainArguments.Parse(args, root);
        if (arguments is null)
        {
            Console.Error.WriteLine($"train: {error}");
            Console.Error.WriteLine("usage: train [--data <file.jsonl>] [--taxonomy <skills.json>] [--out <model.json>] [--seed <int>]");
            return 2;
        }

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
        Console.WriteLine($"examples: {parsed.Examples.Count} (train {split.Train.Count}, test {split.Test.Count}), seed {arguments.Seed}, {techTerms.Count} technical terms");

        var model = DisambiguationTrainer.Train(split.Train, arguments.Seed, DisambiguationTrainingOptions.Default, techTerms);
        Report("train", DisambiguationEvaluation.Evaluate(model, split.Train), printMistakes: false);
        Print("5-fold CV on train", CrossValidation.Run(split.Train, 5, arguments.Seed, DisambiguationTrainingOptions.Default, techTerms));
        Report("test", DisambiguationEvaluation.Evaluate(model, split.Test), printMistakes: true);

        Directory.CreateDirectory(Path.GetDirectoryName(arguments.OutPath)!);
        File.WriteAllText(arguments.OutPath, model.ToJson());
        Console.WriteLine($"model: {model.Weights.Count} weights written to {arguments.OutPath}");
        return 0;
    }

    private static void Print(string name, ClassificationMetrics m) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: precision {m.Precision:F3}  recall {m.Recall:F3}  F1 {m.F1:F3}  accuracy {m.Accuracy:F3}  (tp {m.TruePositives}, fp {m.FalsePositives}, tn {m.TrueNegatives}, fn {m.FalseNegatives})"));

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
