using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Benchmarks;

/// <summary>
/// Serving the disambiguation model: loading the committed file, and scoring mentions (the first 500 training lines)
/// by summing the trained weights (what the service does) against ML.NET's PredictionEngine, which is not
/// thread-safe and so needs a pool or one engine per thread. Times are per mention, feature extraction included.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DisambiguationBenchmarks
{
    private const int Mentions = 500;

    private byte[] _file = [];
    private MentionContext[] _mentions = [];
    private DisambiguationModel _model = null!;
    private EnginePool _pool = null!;
    private ThreadLocal<PredictionEngine<MentionRow, MentionPrediction>> _perThread = null!;

    [GlobalSetup]
    public void Load()
    {
        string root = ResumeCorpus.RepositoryRoot();
        _file = File.ReadAllBytes(Path.Combine(root, "models", "disambiguation.zip"));
        _mentions = [.. TrainingSet.Parse(File.ReadAllText(Path.Combine(root, "data", "training", "disambiguation.jsonl")))
            .Examples.Take(Mentions).Select(example => example.Mention)];
        _model = LoadModel();
        _pool = new EnginePool(_model);
        _perThread = new ThreadLocal<PredictionEngine<MentionRow, MentionPrediction>>(_model.CreatePredictionEngine);
    }

    [GlobalCleanup]
    public void Dispose() => _perThread.Dispose();

    [Benchmark]
    public DisambiguationModel LoadModel()
    {
        using var stream = new MemoryStream(_file, writable: false);
        return DisambiguationModel.Load(stream);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Mentions)]
    public int SummedWeights()
    {
        int accepted = 0;
        foreach (MentionContext mention in _mentions)
        {
            accepted += _model.Accepts(mention) ? 1 : 0;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = Mentions)]
    public int PooledPredictionEngine()
    {
        int accepted = 0;
        foreach (MentionContext mention in _mentions)
        {
            PredictionEngine<MentionRow, MentionPrediction> engine = _pool.Rent();
            accepted += engine.Predict(_model.ToRow(mention)).PredictedLabel ? 1 : 0;
            _pool.Return(engine);
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = Mentions)]
    public int PredictionEnginePerThread()
    {
        int accepted = 0;
        foreach (MentionContext mention in _mentions)
        {
            accepted += _perThread.Value!.Predict(_model.ToRow(mention)).PredictedLabel ? 1 : 0;
        }

        return accepted;
    }

    /// <summary>The smallest pool that works: engines are created on demand and kept for reuse.</summary>
    private sealed class EnginePool(DisambiguationModel model)
    {
        private readonly ConcurrentBag<PredictionEngine<MentionRow, MentionPrediction>> _engines = [];

        public PredictionEngine<MentionRow, MentionPrediction> Rent() => _engines.TryTake(out var engine) ? engine : model.CreatePredictionEngine();

        public void Return(PredictionEngine<MentionRow, MentionPrediction> engine) => _engines.Add(engine);
    }
}
