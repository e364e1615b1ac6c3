namespace SkillGap.Cli.Evaluation;

/// <summary>
/// True/false positives and false negatives of predicted ids against labelled ids, and the scores they give.
/// An empty denominator scores 1: claiming nothing is never wrong, and nothing to find is never missed.
/// </summary>
public readonly record struct MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Micro-averaging: counts are summed before the ratios are taken.</summary>
    public static MatchCounts operator +(MatchCounts left, MatchCounts right) => new(
        left.TruePositives + right.TruePositives,
        left.FalsePositives + right.FalsePositives,
        left.FalseNegatives + right.FalseNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
