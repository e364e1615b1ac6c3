namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>One mention as ML.NET sees it: the extractor's feature names, its label and its cross-validation fold.</summary>
public sealed class MentionRow
{
    public string[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>(fold + 0.5) / folds: ML.NET's cross-validation puts a row in fold f when this lies in [f/k, (f+1)/k).</summary>
    public float Fold { get; set; }
}
