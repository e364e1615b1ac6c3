namespace SkillGap.Cli.Evaluation;

internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("'EvalCommand' is not written yet.");
        return args.Length >= 0 ? 1 : 1;
    }
}
