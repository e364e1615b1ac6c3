namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>The columns ML.NET's binary classifier adds to a <see cref="MentionRow"/>.</summary>
public sealed class MentionPrediction
{
    public bool Label { get; set; }

    public bool PredictedLabel { get; set; }

    public float Score { get; set; }

    public float Probability { get; set; }
}
