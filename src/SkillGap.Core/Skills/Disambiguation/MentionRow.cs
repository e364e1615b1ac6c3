using Microsoft.ML.Data;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>One mention as ML.NET sees it: the extractor's feature names, its label and its cross-validation fold.</summary>
public sealed class MentionRow
{
    public string[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>(fold + 0.5) / folds: ML.NET's cross-validation puts a row in fold f when this lies in [f/k, (f+1)/k).</summary>
    public float Fold { get; set; }
}

/// <summary>The columns ML.NET's binary classifier adds to a <see cref="MentionRow"/>.</summary>
public sealed class MentionPrediction
{
    public bool Label { get; set; }

    public bool PredictedLabel { get; set; }

    public float Score { get; set; }

    public float Probability { get; set; }
}

/// <summary>Column names shared by the training pipeline and the model reader.</summary>
internal static class MentionColumns
{
    public const string Features = nameof(MentionRow.Features);
    public const string Label = nameof(MentionRow.Label);
    public const string Fold = nameof(MentionRow.Fold);
    public const string Bag = "FeatureBag";
    public const string Vector = "FeatureVector";
}
