using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// Trains the disambiguation model with ML.NET: our feature names → a bag of indicators (the vocabulary is
/// learnt from the training lines) → features seen in fewer than <see cref="DisambiguationTrainingOptions.MinFeatureCount"/>
/// lines dropped → L-BFGS logistic regression. L-BFGS starts from zero weights and runs on one thread, so the
/// same data and seed give the same model.
/// </summary>
public static class DisambiguationTrainer
{
    public static DisambiguationModel Train(
        IReadOnlyList<LabelledMention> examples,
        int seed,
        DisambiguationTrainingOptions? options = null,
        IEnumerable<string>? techTerms = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= DisambiguationTrainingOptions.Default;
        var ml = new MLContext(seed);
        var extractor = new MentionFeatureExtractor(techTerms ?? TechTerms.Default);
        var data = Rows(ml, extractor, examples, folds: 1);
        var transformer = Estimator(ml, options).Fit(data);
        return DisambiguationModel.FromTrained(ml, transformer, data.Schema, new DisambiguationModelManifest(seed, options, extractor.TechTermList));
    }

    /// <summary>
    /// ML.NET's k-fold cross-validation. Fold f holds every k-th example from the f-th (a fixed split, not a
    /// shuffle), and each fold's model learns its own vocabulary from its own training part.
    /// </summary>
    public static DisambiguationCrossValidation CrossValidate(
        IReadOnlyList<LabelledMention> examples, int folds, int seed, DisambiguationTrainingOptions options, IEnumerable<string> techTerms)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var ml = new MLContext(seed);
        var data = Rows(ml, new MentionFeatureExtractor(techTerms), examples, folds);
        var results = ml.BinaryClassification.CrossValidate(
            data, Estimator(ml, options), folds, MentionColumns.Label, samplingKeyColumnName: MentionColumns.Fold, seed: seed);
        return DisambiguationCrossValidation.From(ml, results);
    }

    internal static IEstimator<ITransformer> Estimator(MLContext ml, DisambiguationTrainingOptions options) =>
        ml.Transforms.Categorical.OneHotEncoding(MentionColumns.Bag, MentionColumns.Features, OneHotEncodingEstimator.OutputKind.Bag)
            .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(MentionColumns.Vector, MentionColumns.Bag, options.MinFeatureCount))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = MentionColumns.Label,
                FeatureColumnName = MentionColumns.Vector,
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                OptimizationTolerance = options.OptimizationTolerance,
                NumberOfThreads = 1,
            }));

    private static IDataView Rows(MLContext ml, MentionFeatureExtractor extractor, IReadOnlyList<LabelledMention> examples, int folds) =>
        ml.Data.LoadFromEnumerable(examples.Select((example, i) => new MentionRow
        {
            Features = [.. extractor.Extract(example.Mention)],
            Label = example.Label,
            Fold = ((i % folds) + 0.5f) / folds,
        }).ToList());
}
