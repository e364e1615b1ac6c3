using System.Collections.Frozen;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// A trained logistic-regression model deciding whether an ambiguous alias mention ("Chef", "Go", "Shell")
/// really names the skill. Immutable once built, so concurrent reads are safe.
/// </summary>
public sealed class DisambiguationModel
{
    private readonly FrozenDictionary<string, double> _weights;
    private readonly MentionFeatureExtractor _extractor;

    internal DisambiguationModel(
        IReadOnlyDictionary<string, double> weights,
        double bias,
        DisambiguationTrainingOptions options,
        int seed,
        IEnumerable<string> techTerms)
    {
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _extractor = new MentionFeatureExtractor(techTerms);
        Bias = bias;
        Options = options;
        Seed = seed;
    }

    public double Bias { get; }

    public double Threshold => Options.Threshold;

    /// <summary>The options and seed the model was trained with, so it can be reproduced from its data.</summary>
    public DisambiguationTrainingOptions Options { get; }

    public int Seed { get; }

    public IReadOnlyList<string> TechTerms => _extractor.TechTermList;

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public static DisambiguationModel FromJson(string json) => DisambiguationModelJson.Read(json);

    public string ToJson() => DisambiguationModelJson.Write(this);

    /// <summary>The probability that the mention is the skill rather than an ordinary word, name or company.</summary>
    public double Probability(MentionContext context) => Logistic.Sigmoid(Score(context));

    public bool Accepts(MentionContext context) => Probability(context) >= Threshold;

    /// <summary>The features of the mention that carry weight, largest effect first: for debugging a decision.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Explain(MentionContext context) =>
        [.. _extractor.Extract(context)
            .Where(_weights.ContainsKey)
            .Select(feature => KeyValuePair.Create(feature, _weights[feature]))
            .OrderByDescending(pair => Math.Abs(pair.Value))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    private double Score(MentionContext context)
    {
        var z = Bias;
        foreach (var feature in _extractor.Extract(context))
        {
            z += _weights.GetValueOrDefault(feature);
        }

        return z;
    }
}
