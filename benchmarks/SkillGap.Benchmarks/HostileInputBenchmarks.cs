using BenchmarkDotNet.Attributes;
using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;
using SkillGap.Testing;

namespace SkillGap.Benchmarks;

/// <summary>
/// What hostile inputs cost (issue 13): one line of N mentions of an ordinary-word alias ("Go", confirmed by the
/// model one by one) or of an unambiguous one ("Kubernetes"), analysed with the trained model. Linear analysis means the
/// time per mention stays flat from 1,000 to 10,000.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostileInputBenchmarks
{
    private ResumeAnalyzer _analyzer = null!;
    private ExtractedDocument _document = null!;

    [Params("Go", "Kubernetes")]
    public string Alias { get; set; } = "Go";

    [Params(1_000, 10_000)]
    public int Mentions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string root = ResumeCorpus.RepositoryRoot();
        _analyzer = AnalyzerFiles.Load(Path.Combine(root, "data"), Path.Combine(root, "models", "disambiguation.zip")).Analyzer;
        string line = "Skills: " + string.Join(", ", Enumerable.Repeat(Alias, Mentions));
        _document = new ExtractedDocument(ResumeFormat.Docx, 1, [new DocumentLine(1, "Skills", LineHints.None), new DocumentLine(1, line, LineHints.None)], []);
    }

    [Benchmark]
    public int AnalyseOneLineOfMentions() => _analyzer.Analyze(_document, new DateOnly(2026, 11, 1)).Skills.Count;
}

/// <summary>How fast the DOCX reader refuses a 3 KB file nesting 20,000 content controls, and a 50,000-paragraph file.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostileDocxBenchmarks
{
    private readonly byte[] _deepNesting = MinimalDocx.WithBody(MinimalDocx.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000, MinimalDocx.Paragraph("Kubernetes")));
    private readonly byte[] _manyParagraphs = MinimalDocx.WithBody(string.Concat(Enumerable.Repeat(MinimalDocx.Paragraph("Wrote Terraform modules."), 50_000)));

    [Benchmark]
    public DocumentReadFailureKind? RefuseDeepNestingDocx() => DocumentReader.Read(_deepNesting).Failure?.Kind;

    [Benchmark]
    public DocumentReadFailureKind? RefuseFiftyThousandParagraphDocx() => DocumentReader.Read(_manyParagraphs).Failure?.Kind;
}
