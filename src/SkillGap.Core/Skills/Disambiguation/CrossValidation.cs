namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// K-fold cross-validation on the training split: a steadier estimate than one small held-out split, and the way
/// the options were chosen without looking at the test lines. Folds are every K-th example, so they are fixed.
/// </summary>
public static class CrossValidation
{
    /// <summary>Confusion counts pooled over the folds, each fold scored by a model trained on the others.</summary>
    public static ClassificationMetrics Run(
        IReadOnlyList<LabelledMention> examples, int folds, int seed, DisambiguationTrainingOptions options, IEnumerable<string> techTerms)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var terms = techTerms.ToList();
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where((_, i) => i % folds != fold).ToList();
            var held = examples.Where((_, i) => i % folds == fold).ToList();
            var metrics = DisambiguationEvaluation.Evaluate(DisambiguationTrainer.Train(train, seed, options, terms), held).Metrics;
            tp += metrics.TruePositives;
            fp += metrics.FalsePositives;
            tn += metrics.TrueNegatives;
            fn += metrics.FalseNegatives;
        }

        return new ClassificationMetrics(tp, fp, tn, fn);
    }
}
