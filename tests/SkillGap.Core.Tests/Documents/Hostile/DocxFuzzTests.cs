using SkillGap.Core.Documents;
using Xunit.Abstractions;

namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>
/// Mutated real Word documents (broken XML, deep nesting, huge attributes, entity declarations, missing and duplicated
/// parts, wrong relationship targets, odd entry names, damaged ZIP bytes) must each come back as a document or a typed
/// failure with a detail, within the read's budget, and never as an exception or an internal error. The seed is fixed,
/// so a failure names a case that reproduces.
/// </summary>
public class DocxFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_204;

    // 9 kinds x 24 = 216 cases, a few seconds.
    private const int CasesPerKind = 24;

    private static readonly DocxReadOptions s_tightBudget = new()
    {
        MaxPartBytes = 2L * 1024 * 1024,
        MaxUncompressedBytes = 16L * 1024 * 1024,
        MaxDuration = TimeSpan.FromSeconds(2),
    };

    // Far above the budget: reaching it means the reader ignored its own budget (a hang), not that it was slow.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public void MutatedWordDocumentsNeverThrowOrHang()
    {
        var seeds = DocxSeeds.Load();
        var random = new Random(Seed);
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < CasesPerKind * DocxMutator.Kinds.Length; i++)
        {
            var (name, data) = seeds[random.Next(seeds.Count)];
            var kind = DocxMutator.Kinds[i % DocxMutator.Kinds.Length];
            var mutated = DocxMutator.Mutate(data, kind, random);
            var label = $"case {i}: {kind} of {name}";
            if (!mutated.AsSpan().SequenceEqual(data))
            {
                changed[kind] = changed.GetValueOrDefault(kind) + 1;
            }

            var started = Environment.TickCount64;
            DocumentReadResult result;
            try
            {
                result = DocumentReader.Read(mutated, docxOptions: s_tightBudget);
            }
            catch (Exception ex)
            {
                failures.Add($"{label}: threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (TimeSpan.FromMilliseconds(Environment.TickCount64 - started) > s_hangGuard)
            {
                failures.Add($"{label}: ran past the hang guard");
            }

            var outcome = result.Failure?.Kind.ToString() ?? "read";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (result.Failure is { } failure && (string.IsNullOrWhiteSpace(failure.Detail) || failure.IsInternalError))
            {
                failures.Add($"{label}: {failure.Kind} {failure.Technical}");
            }
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // Every kind really damaged files (a mutation that changes nothing tests nothing), and the run saw both documents
        // that still read and each refusal the mutations aim at.
        Assert.All(DocxMutator.Kinds, kind => Assert.True(changed.GetValueOrDefault(kind) >= CasesPerKind / 2, $"{kind} changed only {changed.GetValueOrDefault(kind)} files"));
        Assert.True(outcomes.GetValueOrDefault("read") > 0, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(nameof(DocumentReadFailureKind.TooComplex)) > 0, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(nameof(DocumentReadFailureKind.Corrupt)) > 0, string.Join(", ", outcomes));
    }

    [Fact]
    public void EverySeedReadsUnmutated()
    {
        foreach (var (name, data) in DocxSeeds.Load())
        {
            var result = DocumentReader.Read(data);
            Assert.True(result.Document is not null, $"{name}: {result.Failure?.Kind} {result.Failure?.Technical}");
        }
    }
}
