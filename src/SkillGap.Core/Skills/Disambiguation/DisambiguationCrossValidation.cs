using Microsoft.ML;
using Microsoft.ML.Data;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>ML.NET's metrics for each fold, and for all folds' held-out predictions scored together.</summary>
public sealed record DisambiguationCrossValidation(
    IReadOnlyList<CalibratedBinaryClassificationMetrics> Folds,
    CalibratedBinaryClassificationMetrics Pooled)
{
    internal static DisambiguationCrossValidation From(
        MLContext ml, IReadOnlyList<TrainCatalogBase.CrossValidationResult<CalibratedBinaryClassificationMetrics>> results)
    {
        // Pooling the held-out predictions weighs every example once, where a mean of fold F1s weighs folds.
        var heldOut = results
            .SelectMany(result => ml.Data.CreateEnumerable<MentionPrediction>(result.ScoredHoldOutSet, reuseRowObject: false))
            .ToList();
        var pooled = ml.BinaryClassification.Evaluate(ml.Data.LoadFromEnumerable(heldOut), MentionColumns.Label);
        return new DisambiguationCrossValidation([.. results.Select(result => result.Metrics)], pooled);
    }
}
