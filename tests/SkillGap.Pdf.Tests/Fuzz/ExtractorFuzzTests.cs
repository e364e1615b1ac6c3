namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>
/// Mutated PDFs (bit flips, truncations, deleted ranges, duplicated objects, broken offsets) of the shared corpus and of
/// our own files must come back as a <see cref="PdfTextResult"/> (any status, with a detail when not Ok) and never throw,
/// hang or hit an internal error. The random seed is fixed, so a failure names a case that reproduces.
/// </summary>
public sealed class ExtractorFuzzTests
{
    private const int Seed = 20_261_121;

    // Every mutation kind on both origins, this many times each: 6 kinds x 2 origins x 30 = 360 cases, about 10 s.
    private const int CasesPerKindAndOrigin = 30;

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
        List<FuzzSeed> seeds = FuzzCorpus.Seeds();
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<PdfReadStatus, int>();
        var changed = new Dictionary<(string Kind, SeedOrigin Origin), int>();
        foreach (SeedOrigin origin in Enum.GetValues<SeedOrigin>())
        {
            List<FuzzSeed> group = seeds.Where(s => s.Origin == origin).ToList();
            for (int i = 0; i < CasesPerKindAndOrigin * PdfMutator.Kinds.Length; i++)
            {
                FuzzSeed seed = group[random.Next(group.Count)];
                string kind = PdfMutator.Kinds[i % PdfMutator.Kinds.Length];
                byte[] mutated = PdfMutator.Mutate(seed.Data, kind, random);
                string label = $"case {origin} {i}: {kind} of {seed.Name}";
                if (!mutated.AsSpan().SequenceEqual(seed.Data))
                {
                    changed[(kind, origin)] = changed.GetValueOrDefault((kind, origin)) + 1;
                }

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

                // A caught bug is still a bug: the reader turns it into a warning rather than crashing, and none should occur.
                if (result.Warnings.FirstOrDefault(w => w.StartsWith("Internal reader error", StringComparison.Ordinal)) is { } bug)
                {
                    failures.Add($"{label}: {bug}");
                }

                if (result.Status != PdfReadStatus.Ok && string.IsNullOrWhiteSpace(result.Detail))
                {
                    failures.Add($"{label}: {result.Status} without a detail for the person");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // The four kinds the issue names really damaged files of both origins (a mutation that changes nothing tests nothing).
        foreach (string kind in new[] { "bit-flips", "truncate", "delete-range", "duplicate-object" })
        {
            foreach (SeedOrigin origin in Enum.GetValues<SeedOrigin>())
            {
                Assert.True(changed.GetValueOrDefault((kind, origin)) >= CasesPerKindAndOrigin / 2, $"{kind} on {origin}: only {changed.GetValueOrDefault((kind, origin))} cases changed the file");
            }
        }

        // Many mutations leave a readable file (a flipped bit in a font, a repaired xref): an extractor that fails every
        // case is not being exercised by this test.
        int total = 2 * CasesPerKindAndOrigin * PdfMutator.Kinds.Length;
        Assert.True(statuses.GetValueOrDefault(PdfReadStatus.Ok) >= total / 10, $"too few readable cases: {string.Join(", ", statuses)}");
    }

    [Fact]
    public void UnmutatedSeedsAreReadable()
    {
        List<FuzzSeed> resumes = FuzzCorpus.Seeds().Where(s => s.Origin == SeedOrigin.SharedCorpus && s.Name.EndsWith("resume.pdf", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(resumes);

        // The fuzz budget's counts, but the default wall time: the first read of a file JIT-compiles the reader, which on a
        // loaded 2-core runner took up to 720 ms, and this test is about the counts, not about speed.
        PdfReadOptions countsOnly = s_tightBudget with { MaxDuration = PdfReadOptions.Default.MaxDuration };
        foreach ((string name, byte[] data, _) in resumes)
        {
            PdfTextResult result = PdfTextExtractor.Extract(data, countsOnly);
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
