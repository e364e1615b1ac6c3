using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Benchmarks;

/// <summary>
/// The model's first load in a fresh process, as at service start-up: assembly loading and JIT included
/// (ColdStart: each launch measures one call). Run without --job, which would replace this job.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MedianColumn]
public class DisambiguationColdLoadBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Locate() => _path = Path.Combine(ResumeCorpus.RepositoryRoot(), "models", "disambiguation.zip");

    [Benchmark]
    public int FirstLoad()
    {
        using FileStream stream = File.OpenRead(_path);
        return DisambiguationModel.Load(stream).Weights.Count;
    }
}
