using System.CommandLine;
using System.Globalization;

namespace SkillGap.Cli.Analyze;

/// <summary>The analyze verb on the shared parser.</summary>
internal static class AnalyzeCommandLine
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("files-or-folders") { Description = "resumes (PDF or DOCX) and folders searched for *.pdf and *.docx", Arity = ArgumentArity.OneOrMore };
        var role = new Option<string>("--role") { Description = "the target role's id (infrastructure-engineer, devops-engineer, ...)" };
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(AnalyzeRequest.Formats);
        var output = new Option<string>("--out") { Description = "write the result to this file instead of standard output" };
        var catalog = new Option<string>("--catalog") { Description = "the catalog folder (default data/ of the repository)" };
        var model = new Option<string>("--model") { Description = "the disambiguation model (default models/disambiguation.zip beside the catalog)" };
        var today = new Option<string>("--today") { Description = "the day 'present' means (YYYY-MM-DD; default today)" };
        today.Validators.Add(r =>
        {
            if (!DateOnly.TryParseExact(r.GetValueOrDefault<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError("--today must be a date as YYYY-MM-DD");
            }
        });

        var command = new Command("analyze", "analyze resumes offline: a score per role, gaps, as a table, JSON or CSV")
        {
            paths, role, format, output, catalog, model, today,
        };
        command.SetAction(r =>
        {
            var day = r.GetValue(today) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var request = new AnalyzeRequest(r.GetValue(paths)!, r.GetValue(role), r.GetValue(format)!, r.GetValue(output), r.GetValue(catalog), r.GetValue(model), day);
            return AnalyzeCommand.Run(request, Console.OpenStandardOutput, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
        });
        return command;
    }
}
