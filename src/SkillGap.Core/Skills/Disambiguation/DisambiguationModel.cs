using System.Collections.Frozen;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// The trained ML.NET model deciding whether an ambiguous alias mention ("Chef", "Go", "Shell") really names
/// the skill. It is served by summing the trained weights of a mention's features, read once from the loaded
/// ML.NET model, rather than through ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/>, which is not
/// thread-safe and measured slower (docs/benchmarks.md); a test checks both give the same probabilities.
/// Immutable once built, so concurrent reads are safe.
/// </summary>
public sealed class DisambiguationModel
{
    private readonly FrozenDictionary<string, double> _weights;
    private readonly MentionFeatureExtractor _extractor;
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly double _slope;
    private readonly double _offset;

    private DisambiguationModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, DisambiguationModelManifest manifest)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        _extractor = new MentionFeatureExtractor(manifest.TechTerms);
        Options = manifest.Options;
        Seed = manifest.Seed;

        var (linear, calibrator) = Parts(transformer);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformer.GetOutputSchema(inputSchema)[MentionColumns.Vector].GetSlotNames(ref names);
        var slots = names.DenseValues().Select(name => name.ToString()).ToArray();
        var weights = linear.Weights;
        if (slots.Length != weights.Count)
        {
            throw new InvalidDataException($"The model has {weights.Count} weights for {slots.Length} features.");
        }

        _weights = slots.Zip(weights, (name, weight) => KeyValuePair.Create(name, (double)weight))
            .Where(pair => pair.Value != 0)
            .ToFrozenDictionary(StringComparer.Ordinal);
        Bias = linear.Bias;
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;
    }

    public double Bias { get; }

    /// <summary>The options and seed the model was trained with, so it can be reproduced from its data.</summary>
    public DisambiguationTrainingOptions Options { get; }

    public int Seed { get; }

    public IReadOnlyList<string> TechTerms => _extractor.TechTermList;

    /// <summary>Each feature's trained weight; features ML.NET kept with a zero weight are left out.</summary>
    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>Reads a model file; a file that is not a model of this format is a broken deployment, so it throws <see cref="InvalidDataException"/>.</summary>
    public static DisambiguationModel Load(Stream zip)
    {
        var ml = new MLContext();
        var (transformer, schema, manifest) = DisambiguationModelFile.Read(ml, zip);
        return new DisambiguationModel(ml, transformer, schema, manifest);
    }

    public void Save(Stream output) =>
        DisambiguationModelFile.Write(output, _ml, _transformer, _inputSchema, new DisambiguationModelManifest(Seed, Options, TechTerms));

    /// <summary>The probability that the mention is the skill rather than an ordinary word, name or company.</summary>
    public double Probability(MentionContext context) => Logistic.Sigmoid(-((_slope * Score(context)) + _offset));

    /// <summary>ML.NET's decision rule: a positive score, i.e. a probability over one half.</summary>
    public bool Accepts(MentionContext context) => Score(context) > 0;

    /// <summary>The features of the mention that carry weight, largest effect first: for debugging a decision.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Explain(MentionContext context) =>
        [.. _extractor.Extract(context)
            .Where(_weights.ContainsKey)
            .Select(feature => KeyValuePair.Create(feature, _weights[feature]))
            .OrderByDescending(pair => Math.Abs(pair.Value))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    /// <summary>The mention as the ML.NET pipeline's input row.</summary>
    public MentionRow ToRow(MentionContext context) => new() { Features = [.. _extractor.Extract(context)] };

    /// <summary>An ML.NET prediction engine over the same model: one per thread, it is not thread-safe.</summary>
    public PredictionEngine<MentionRow, MentionPrediction> CreatePredictionEngine() =>
        _ml.Model.CreatePredictionEngine<MentionRow, MentionPrediction>(_transformer, _inputSchema);

    /// <summary>The model's predictions for labelled mentions, as ML.NET scores them.</summary>
    internal IDataView Predict(IReadOnlyList<LabelledMention> examples) =>
        _transformer.Transform(_ml.Data.LoadFromEnumerable(
            examples.Select(example => new MentionRow { Features = [.. _extractor.Extract(example.Mention)], Label = example.Label }).ToList(),
            _inputSchema));

    internal MLContext Context => _ml;

    internal static DisambiguationModel FromTrained(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, DisambiguationModelManifest manifest)
    {
        // Serve exactly what the file holds: a trained model goes through the file format once before it is used.
        using var file = new MemoryStream();
        DisambiguationModelFile.Write(file, ml, transformer, inputSchema, manifest);
        file.Position = 0;
        return Load(file);
    }

    private double Score(MentionContext context)
    {
        var z = Bias;
        foreach (var feature in _extractor.Extract(context))
        {
            z += _weights.GetValueOrDefault(feature);
        }

        return z;
    }

    private static (LinearBinaryModelParameters Linear, PlattCalibrator Calibrator) Parts(ITransformer transformer)
    {
        var last = (transformer as IEnumerable<ITransformer>)?.LastOrDefault();
        var model = (last as IPredictionTransformer<object>)?.Model;
        return model switch
        {
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> typed => (typed.SubModel, typed.Calibrator),
            CalibratedModelParametersBase loaded when loaded.SubModel is LinearBinaryModelParameters linear && loaded.Calibrator is PlattCalibrator platt => (linear, platt),
            _ => throw new InvalidDataException($"The model is not a calibrated linear binary classifier ({model?.GetType().Name ?? "no predictor"})."),
        };
    }
}
