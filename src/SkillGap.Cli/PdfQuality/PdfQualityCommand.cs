namespace SkillGap.Cli.PdfQuality;

internal static class PdfQualityCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("'PdfQualityCommand' is not written yet.");
        return args.Length >= 0 ? 1 : 1;
    }
}
