// The coaches' and maintainers' command line: one verb per feature folder.
return args.FirstOrDefault() switch
{
    "train" => SkillGap.Cli.Training.TrainCommand.Run(args[1..]),
    "eval" => SkillGap.Cli.Evaluation.EvalCommand.Run(args[1..]),
    "pdf-quality" => SkillGap.Cli.PdfQuality.PdfQualityCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project src/SkillGap.Cli -- <command> [options]
          train         retrain the skill disambiguation model from data/training into models/
          eval          score skill/certification extraction on data/eval (precision, recall, F1, agreement)
          pdf-quality   score PDF text extraction against pdftotext references (word precision/recall, reading order)
        """);
    return 2;
}
