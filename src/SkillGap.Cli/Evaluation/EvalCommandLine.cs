using System.CommandLine;
using System.Globalization;

namespace SkillGap.Cli.Evaluation;

/// <summary>The eval verb on the shared parser: the same option names as before the move.</summary>
internal static class EvalCommandLine
{
    public static Command Build()
    {
        var data = new Option<string>("--data") { Description = "the eval set (default data/eval)" };
        var catalog = new Option<string>("--catalog") { Description = "the catalog folder (default: the one above the eval set)" };
        var model = new Option<string>("--model") { Description = "the disambiguation model (default models/disambiguation.zip beside the catalog)" };
        var today = new Option<DateOnly?>("--today")
        {
            Description = "the day 'present' means (YYYY-MM-DD)",
            CustomParser = r => DateOnly.TryParseExact(r.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : Fail(r),
        };
        var json = new Option<string>("--json") { Description = "also write the report as JSON to this file" };
        var verbose = new Option<bool>("--verbose") { Description = "every document's misses" };
        var command = new Command("eval", "score skill/certification extraction on data/eval (precision, recall, F1, agreement)")
        {
            data, catalog, model, today, json, verbose,
        };
        command.SetAction(r => EvalCommand.Run(r.GetValue(data), r.GetValue(catalog), r.GetValue(model), r.GetValue(today), r.GetValue(json), r.GetValue(verbose)));
        return command;
    }

    private static DateOnly? Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--today must be a date as YYYY-MM-DD, not '{result.Tokens[0].Value}'");
        return null;
    }
}
