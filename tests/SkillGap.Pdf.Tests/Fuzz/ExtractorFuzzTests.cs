namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>
/// Mutated real PDFs must come back as a <see cref="PdfTextResult"/> (any status) and never throw or hang. The random seed
/// is fixed, so a failure names a case that reproduces.
/// </summary>
public sealed class ExtractorFuzzTests
{
    private const int Seed = 20_261_121;
    private const int CaseCount = 300;

    // Far above any budget below: reaching it means the reader ignored its own budget (a hang), not that it was slow.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(20);

    private static readonly PdfReadOptions s_tightBudget = new()
    {
        MaxDecompressedBytes = 16L * 1024 * 1024,
        MaxPages = 10,
        MaxObjects = 20_000,
        MaxOperators = 300_000,
        MaxDuration = TimeSpan.FromMilliseconds(500),
        MaxFormDepth = 4,
    };

    [Fact]
    public void MutatedCorpusFilesNeverThrowOrHang()
    {
        List<(string Name, byte[] Data)> seeds = FuzzCorpus.Seeds();
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<PdfReadStatus, int>();
        for (int i = 0; i < CaseCount; i++)
        {
            (string name, byte[] data) = seeds[i % seeds.Count];
            string kind = PdfMutator.Kinds[random.Next(PdfMutator.Kinds.Length)];
            byte[] mutated = PdfMutator.Mutate(data, kind, random);
            string label = $"case {i}: {kind} of {name}";
            (PdfTextResult? result, string? failure) = Run(mutated, s_tightBudget);
            if (failure is not null)
            {
                failures.Add($"{label}: {failure}");
                continue;
            }

            statuses[result!.Status] = statuses.GetValueOrDefault(result.Status) + 1;
            if (result.Status == PdfReadStatus.Ok && result.Pages.Count == 0)
            {
                failures.Add($"{label}: Ok without pages");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // Many mutations leave a readable file (a flipped bit in a font, a repaired xref): an extractor that fails every
        // case is not being exercised by this test.
        Assert.True(statuses.GetValueOrDefault(PdfReadStatus.Ok) >= CaseCount / 10, $"too few readable cases: {string.Join(", ", statuses)}");
    }

    [Fact]
    public void UnmutatedSeedsAreReadable()
    {
        List<(string Name, byte[] Data)> resumes = FuzzCorpus.Seeds().Where(s => s.Name.EndsWith("resume.pdf", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(resumes);
        foreach ((string name, byte[] data) in resumes)
        {
            PdfTextResult result = PdfTextExtractor.Extract(data, s_tightBudget);
            Assert.True(result.Status == PdfReadStatus.Ok, $"{name}: {result.Status} {result.Detail}");
        }
    }

    [Fact]
    public void WallTimeBudgetStopsALongDocument()
    {
        string largest = Directory.EnumerateFiles(FuzzCorpus.SharedCorpus(), "*.pdf", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) == "pdfpig-type0-cjk-font.pdf")
            .Single();
        var budget = new PdfReadOptions { MaxDuration = TimeSpan.FromTicks(1) };

        (PdfTextResult? result, string? failure) = Run(File.ReadAllBytes(largest), budget);

        Assert.Null(failure);
        Assert.Equal(PdfReadStatus.OverBudget, result!.Status);
    }

    private static (PdfTextResult? Result, string? Failure) Run(byte[] data, PdfReadOptions options)
    {
        var task = Task.Run(() => PdfTextExtractor.Extract(data, options));
        try
        {
            if (!task.Wait(s_hangGuard))
            {
                return (null, $"no result after {s_hangGuard.TotalSeconds} s (budget {options.MaxDuration.TotalMilliseconds} ms)");
            }
        }
        catch (AggregateException ex)
        {
            return (null, $"threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
        }

        return task.Result is null ? (null, "returned null") : (task.Result, null);
    }
}
