namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// L2-regularised logistic regression over binary features, fitted by stochastic gradient descent.
/// Everything that could vary between runs is pinned: the seed drives the only randomness (example order),
/// features are summed in a fixed order, and weights are rounded to 6 decimals, so the same seed and data
/// give a byte-identical model file.
/// </summary>
public static class DisambiguationTrainer
{
    private const int WeightDecimals = 6;

    public static DisambiguationModel Train(
        IReadOnlyList<LabelledMention> examples,
        int seed,
        DisambiguationTrainingOptions? options = null,
        IEnumerable<string>? techTerms = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= DisambiguationTrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(options.L2);

        var extractor = new MentionFeatureExtractor(techTerms ?? TechTerms.Default);
        var featureLists = examples.Select(example => extractor.Extract(example.Mention)).ToList();
        var vocabulary = BuildVocabulary(featureLists, options.MinFeatureCount);
        var index = vocabulary.Select((feature, i) => (feature, i)).ToDictionary(p => p.feature, p => p.i, StringComparer.Ordinal);
        var rows = featureLists
            .Select(features => features.Where(index.ContainsKey).Select(feature => index[feature]).ToArray())
            .ToArray();
        var labels = examples.Select(example => example.Label ? 1.0 : 0.0).ToArray();

        var (weights, bias) = Fit(rows, labels, vocabulary.Length, seed, options);

        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var rounded = Math.Round(weights[i], WeightDecimals);
            if (rounded != 0)
            {
                named[vocabulary[i]] = rounded;
            }
        }

        return new DisambiguationModel(named, Math.Round(bias, WeightDecimals), options, seed, extractor.TechTermList);
    }

    private static string[] BuildVocabulary(List<IReadOnlyList<string>> featureLists, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in featureLists.SelectMany(features => features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        return [.. counts.Where(pair => pair.Value >= minCount).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
    }

    private static (double[] Weights, double Bias) Fit(
        int[][] rows, double[] labels, int featureCount, int seed, DisambiguationTrainingOptions options)
    {
        // Weights are kept as scale * v so the L2 shrink of every weight is one multiplication per step.
        var v = new double[featureCount];
        var scale = 1.0;
        var bias = 0.0;
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new SplitMix64(unchecked((ulong)seed));
        long step = 0;

        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var rate = options.LearningRate / (1 + (options.LearningRate * options.L2 * step++));
                scale *= 1 - (rate * options.L2);

                var z = bias;
                foreach (var feature in rows[i])
                {
                    z += scale * v[feature];
                }

                var gradient = Logistic.Sigmoid(z) - labels[i];
                foreach (var feature in rows[i])
                {
                    v[feature] -= rate * gradient / scale;
                }

                bias -= rate * gradient;
                if (scale < 1e-6)
                {
                    Rescale(v, ref scale);
                }
            }
        }

        Rescale(v, ref scale);
        return (v, bias);
    }

    private static void Rescale(double[] v, ref double scale)
    {
        for (var j = 0; j < v.Length; j++)
        {
            v[j] *= scale;
        }

        scale = 1.0;
    }
}
