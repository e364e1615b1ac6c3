namespace SkillGap.Cli.Training;

internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("'TrainCommand' is not written yet.");
        return args.Length >= 0 ? 1 : 1;
    }
}
