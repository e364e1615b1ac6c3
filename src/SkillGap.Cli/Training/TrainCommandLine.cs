using System.CommandLine;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>The train verb on the shared parser: the same option names and rules as before the move.</summary>
internal static class TrainCommandLine
{
    public static Command Build()
    {
        var defaults = DisambiguationTrainingOptions.Default;
        var data = new Option<string>("--data") { Description = "labelled mentions (default data/training/disambiguation.jsonl)" };
        var taxonomy = new Option<string>("--taxonomy") { Description = "the taxonomy whose aliases are the technical vocabulary (default data/skills.json)" };
        var output = new Option<string>("--out") { Description = "where to write the model (default models/disambiguation.zip)" };
        var seed = new Option<int>("--seed") { Description = "random seed", DefaultValueFactory = _ => TrainArguments.DefaultSeed };
        var l1 = AtLeastZero(new Option<float>("--l1") { Description = "L1 weight", DefaultValueFactory = _ => defaults.L1 });
        var l2 = AtLeastZero(new Option<float>("--l2") { Description = "L2 weight", DefaultValueFactory = _ => defaults.L2 });
        var minCount = new Option<int>("--min-count") { Description = "a feature's minimum count", DefaultValueFactory = _ => defaults.MinFeatureCount };
        minCount.Validators.Add(r => Positive(r, r.GetValueOrDefault<int>()));
        var tolerance = new Option<float>("--tolerance") { Description = "L-BFGS optimisation tolerance", DefaultValueFactory = _ => defaults.OptimizationTolerance };
        tolerance.Validators.Add(r => Positive(r, r.GetValueOrDefault<float>()));

        var command = new Command("train", "retrain the skill disambiguation model from data/training into models/")
        {
            data, taxonomy, output, seed, l1, l2, minCount, tolerance,
        };
        command.SetAction(r => TrainCommand.Run(
            r.GetValue(data), r.GetValue(taxonomy), r.GetValue(output), r.GetValue(seed),
            defaults with { L1 = r.GetValue(l1), L2 = r.GetValue(l2), MinFeatureCount = r.GetValue(minCount), OptimizationTolerance = r.GetValue(tolerance) }));
        return command;
    }

    private static Option<float> AtLeastZero(Option<float> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<float>() < 0)
            {
                r.AddError($"{option.Name} must be a number ≥ 0");
            }
        });
        return option;
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult result, double value)
    {
        if (value <= 0)
        {
            result.AddError($"{result.Option.Name} must be a positive number");
        }
    }
}
