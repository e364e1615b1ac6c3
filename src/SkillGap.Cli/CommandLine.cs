using System.CommandLine;
using SkillGap.Cli.Analyze;
using SkillGap.Cli.Evaluation;
using SkillGap.Cli.PdfQuality;
using SkillGap.Cli.Training;

namespace SkillGap.Cli;

/// <summary>The one parser for every verb (System.CommandLine). A usage error prints the error and the verb's help and exits 2.</summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    public static RootCommand Build() => new("SkillGap: coaches' and maintainers' commands over the same Core as the service")
    {
        AnalyzeCommandLine.Build(),
        TrainCommandLine.Build(),
        EvalCommandLine.Build(),
        PdfQualityCommandLine.Build(),
    };

    public static int Run(string[] args)
    {
        var result = Build().Parse(args);
        if (result.Errors.Count == 0)
        {
            return result.Invoke();
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error.Message);
        }

        Console.Error.WriteLine($"see: dotnet run --project src/SkillGap.Cli -- {result.CommandResult.Command.Name} --help");
        return UsageError;
    }
}
