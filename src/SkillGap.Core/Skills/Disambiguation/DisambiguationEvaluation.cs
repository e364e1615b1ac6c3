namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>A model's metrics on a labelled set, and the examples it got wrong with their probabilities.</summary>
public sealed record DisambiguationEvaluation(
    ClassificationMetrics Metrics,
    IReadOnlyList<(LabelledMention Example, double Probability)> Mistakes)
{
    public static DisambiguationEvaluation Evaluate(DisambiguationModel model, IReadOnlyList<LabelledMention> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);

        int tp = 0, fp = 0, tn = 0, fn = 0;
        var mistakes = new List<(LabelledMention, double)>();
        foreach (var example in examples)
        {
            var probability = model.Probability(example.Mention);
            var accepted = probability >= model.Threshold;
            switch (accepted, example.Label)
            {
                case (true, true): tp++; break;
                case (true, false): fp++; mistakes.Add((example, probability)); break;
                case (false, false): tn++; break;
                case (false, true): fn++; mistakes.Add((example, probability)); break;
            }
        }

        return new DisambiguationEvaluation(new ClassificationMetrics(tp, fp, tn, fn), mistakes);
    }
}
