using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SkillGap.Pdf;

namespace SkillGap.Benchmarks;

/// <summary>
/// Our extractor against poppler's pdftotext on each corpus resume. pdftotext runs as a process per file, which is how
/// a service without a PDF library would have to use it; it is a yardstick here, never a runtime dependency.
/// Allocations are those of this process, so they count our extractor only.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ResumeExtractionBenchmarks
{
    private byte[] _data = [];
    private string _path = string.Empty;

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    public static IEnumerable<string> Files() => ResumeCorpus.Names();

    [GlobalSetup]
    public void Load()
    {
        _path = Path.Combine(ResumeCorpus.Folder(), File);
        _data = System.IO.File.ReadAllBytes(_path);
    }

    [Benchmark(Baseline = true)]
    public int Pdftotext()
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", _path, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Length;
    }

    [Benchmark]
    public int SkillGapPdf() => PdfTextExtractor.Extract(_data).Text.Length;
}
