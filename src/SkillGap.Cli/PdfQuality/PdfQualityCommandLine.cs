using System.CommandLine;

namespace SkillGap.Cli.PdfQuality;

/// <summary>The pdf-quality verb on the shared parser: the same option names as before the move.</summary>
internal static class PdfQualityCommandLine
{
    public static Command Build()
    {
        var corpus = new Option<string>("--corpus") { Description = "the PDF corpus (default ../shared/pdf-corpus beside the repository)" };
        var json = new Option<bool>("--json") { Description = "print JSON instead of the table" };
        var verbose = new Option<bool>("--verbose") { Description = "every file's row" };
        var noPdfPig = new Option<bool>("--no-pdfpig") { Description = "skip the second reading with PdfPig (no agreement column)" };
        var writeBaseline = new Option<bool>("--write-agreement-baseline") { Description = "rewrite data/eval/pdfpig-agreement.tsv from this run" };
        var command = new Command("pdf-quality", "score PDF text extraction against pdftotext references (word precision/recall, reading order, agreement with PdfPig)")
        {
            corpus, json, verbose, noPdfPig, writeBaseline,
        };
        command.SetAction(r => PdfQualityCommand.Run(r.GetValue(corpus), r.GetValue(json), r.GetValue(verbose), !r.GetValue(noPdfPig), r.GetValue(writeBaseline)));
        return command;
    }
}
