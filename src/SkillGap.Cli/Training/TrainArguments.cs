using System.Globalization;

namespace SkillGap.Cli.Training;

/// <summary>The train verb's options; relative paths are taken from the current directory, defaults from the repository root.</summary>
internal sealed record TrainArguments(string DataPath, string TaxonomyPath, string OutPath, int Seed)
{
    public const int DefaultSeed = 42;

    public static (TrainArguments? Arguments, string? Error) Parse(string[] args, string repositoryRoot)
    {
        var data = Path.Combine(repositoryRoot, "data", "training", "disambiguation.jsonl");
        var taxonomy = Path.Combine(repositoryRoot, "data", "skills.json");
        var output = Path.Combine(repositoryRoot, "models", "disambiguation.json");
        var seed = DefaultSeed;

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
                default:
                    return (null, $"unknown option '{args[i - 1]}'");
            }
        }

        return (new TrainArguments(data, taxonomy, output, seed), null);
    }
}
