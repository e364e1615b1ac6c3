namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Hyper-parameters of the logistic-regression trainer; stored in the model so it can be retrained exactly.</summary>
public sealed record DisambiguationTrainingOptions
{
    public static DisambiguationTrainingOptions Default { get; } = new();

    /// <summary>L2 penalty per example (λ in λ/2·‖w‖²); the bias is not penalised.</summary>
    public double L2 { get; init; } = 3e-4;

    /// <summary>Initial SGD step; it decays as η₀ / (1 + η₀·λ·t) over steps t.</summary>
    public double LearningRate { get; init; } = 0.1;

    public int Epochs { get; init; } = 50;

    /// <summary>Features seen in fewer training examples than this are dropped from the vocabulary.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Probability at or above which a mention is accepted.</summary>
    public double Threshold { get; init; } = 0.5;
}
