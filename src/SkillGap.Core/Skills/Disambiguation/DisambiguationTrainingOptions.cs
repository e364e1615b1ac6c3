namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Hyper-parameters of ML.NET's L-BFGS logistic regression; stored in the model file so it can be retrained exactly.</summary>
public sealed record DisambiguationTrainingOptions
{
    public static DisambiguationTrainingOptions Default { get; } = new();

    /// <summary>
    /// ML.NET's L2 weight (λ in λ/2·‖w‖², added to the summed, not averaged, loss; the bias is not penalised).
    /// ML.NET's default of 1 with L1 = 1 over-regularises this data (see the model card).
    /// </summary>
    public float L2 { get; init; } = 0.25f;

    /// <summary>0: sparse weights cost recall here; ML.NET's default is 1.</summary>
    public float L1 { get; init; }

    /// <summary>L-BFGS stops when the relative loss improvement falls below this.</summary>
    public float OptimizationTolerance { get; init; } = 1e-7f;

    /// <summary>Features seen in fewer training examples than this are dropped (ML.NET's count-based feature selection).</summary>
    public int MinFeatureCount { get; init; } = 2;
}
