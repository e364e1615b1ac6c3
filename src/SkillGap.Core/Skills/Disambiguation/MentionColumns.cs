namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Column names shared by the training pipeline and the model reader.</summary>
internal static class MentionColumns
{
    public const string Features = nameof(MentionRow.Features);
    public const string Label = nameof(MentionRow.Label);
    public const string Fold = nameof(MentionRow.Fold);
    public const string Bag = "FeatureBag";
    public const string Vector = "FeatureVector";
}
