using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>The train verb's options; relative paths are taken from the current directory, defaults from the repository root.</summary>
internal sealed record TrainArguments(string DataPath, string TaxonomyPath, string OutPath, int Seed, DisambiguationTrainingOptions Options)
{
    public const int DefaultSeed = 42;

    public static TrainArguments WithDefaults(string? data, string? taxonomy, string? output, int seed, DisambiguationTrainingOptions options, string repositoryRoot) =>
        new(
            data is null ? Path.Combine(repositoryRoot, "data", "training", "disambiguation.jsonl") : Path.GetFullPath(data),
            taxonomy is null ? Path.Combine(repositoryRoot, "data", "skills.json") : Path.GetFullPath(taxonomy),
            output is null ? Path.Combine(repositoryRoot, "models", "disambiguation.zip") : Path.GetFullPath(output),
            seed,
            options);
}
