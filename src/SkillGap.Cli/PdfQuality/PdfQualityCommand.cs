namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// <c>pdf-quality [--corpus DIR] [--json] [--verbose] [--no-pdfpig] [--write-agreement-baseline]</c>: scores our PDF
/// text against reference text for every PDF in the shared corpus, our layout fixtures and the eval renders, and reads
/// each with PdfPig too for the agreement column. It is a report: it exits 0 whatever the scores, and non-zero only
/// when the reader crashed on a file or the command could not run. <c>--write-agreement-baseline</c> rewrites
/// <c>data/eval/pdfpig-agreement.tsv</c> from this run (see <see cref="AgreementBaseline"/>).
/// </summary>
internal static class PdfQualityCommand
{
    public static int Run(string? corpus, bool json, bool verbose, bool pdfPig = true, bool writeBaseline = false)
    {
        string? root = RepositoryRoot.Find();
        corpus ??= root is null ? null : CorpusFiles.DefaultCorpus(root);
        if (corpus is null || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"PDF corpus not found ({corpus ?? "no repository root"}); pass --corpus DIR.");
            return 2;
        }

        List<QualityCase> cases = CorpusFiles.Collect(corpus, root);
        if (cases.Count == 0)
        {
            Console.Error.WriteLine($"No PDF with a reference text found under {corpus}.");
            return 2;
        }

        var rows = new List<QualityRow>(cases.Count);
        foreach (QualityCase item in cases)
        {
            rows.Add(QualityRunner.Score(item, pdfPig));
        }

        if (writeBaseline)
        {
            if (root is null || !pdfPig)
            {
                Console.Error.WriteLine("--write-agreement-baseline needs the repository root and PdfPig (drop --no-pdfpig).");
                return 2;
            }

            string path = AgreementBaseline.PathUnder(root);
            File.WriteAllText(path, AgreementBaseline.Format(rows, AgreementBaseline.Load(path)));
            Console.Error.WriteLine($"wrote {path}");
        }

        if (json)
        {
            QualityReport.PrintJson(rows, Console.Out);
        }
        else
        {
            QualityReport.PrintTable(rows, verbose, Console.Out);
        }

        return rows.Any(r => r.Crashed) ? 1 : 0;
    }
}
