using Microsoft.ML;
using Microsoft.ML.Data;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>ML.NET's metrics for a model on a labelled set, and the examples it got wrong with their probabilities.</summary>
public sealed record DisambiguationEvaluation(
    CalibratedBinaryClassificationMetrics Metrics,
    IReadOnlyList<(LabelledMention Example, double Probability)> Mistakes)
{
    public static DisambiguationEvaluation Evaluate(DisambiguationModel model, IReadOnlyList<LabelledMention> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);

        var metrics = model.Context.BinaryClassification.Evaluate(model.Predict(examples), MentionColumns.Label);
        var mistakes = examples
            .Where(example => model.Accepts(example.Mention) != example.Label)
            .Select(example => (example, model.Probability(example.Mention)))
            .ToList();
        return new DisambiguationEvaluation(metrics, mistakes);
    }
}
