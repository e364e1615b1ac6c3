using System.Globalization;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>The train verb's options; relative paths are taken from the current directory, defaults from the repository root.</summary>
internal sealed record TrainArguments(string DataPath, string TaxonomyPath, string OutPath, int Seed, DisambiguationTrainingOptions Options)
{
    public const int DefaultSeed = 42;

    public static (TrainArguments? Arguments, string? Error) Parse(string[] args, string repositoryRoot)
    {
        var data = Path.Combine(repositoryRoot, "data", "training", "disambiguation.jsonl");
        var taxonomy = Path.Combine(repositoryRoot, "data", "skills.json");
        var output = Path.Combine(repositoryRoot, "models", "disambiguation.zip");
        var seed = DefaultSeed;
        var options = DisambiguationTrainingOptions.Default;

        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                return (null, $"option '{args[i]}' needs a value");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--data":
                    data = Path.GetFullPath(value);
                    break;
                case "--taxonomy":
                    taxonomy = Path.GetFullPath(value);
                    break;
                case "--out":
                    output = Path.GetFullPath(value);
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                    seed = parsed;
                    break;
                case "--seed":
                    return (null, $"--seed must be an integer, not '{value}'");
                case "--l1" when TryParseWeight(value, out var l1):
                    options = options with { L1 = l1 };
                    break;
                case "--l2" when TryParseWeight(value, out var l2):
                    options = options with { L2 = l2 };
                    break;
                case "--min-count" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minCount) && minCount >= 1:
                    options = options with { MinFeatureCount = minCount };
                    break;
                case "--tolerance" when TryParseWeight(value, out var tolerance) && tolerance > 0:
                    options = options with { OptimizationTolerance = tolerance };
                    break;
                case "--min-count" or "--tolerance":
                    return (null, $"{args[i - 1]} must be a positive number, not '{value}'");
                case "--l1" or "--l2":
                    return (null, $"{args[i - 1]} must be a number ≥ 0, not '{value}'");
                default:
                    return (null, $"unknown option '{args[i - 1]}'");
            }
        }

        return (new TrainArguments(data, taxonomy, output, seed, options), null);
    }

    private static bool TryParseWeight(string value, out float weight) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && weight >= 0;
}
