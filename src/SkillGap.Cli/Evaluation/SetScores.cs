namespace SkillGap.Cli.Evaluation;

/// <summary>The set arithmetic of the evaluation: matching predictions to labels, and agreement between predictions.</summary>
public static class SetScores
{
    public static MatchCounts Compare(IReadOnlySet<string> expected, IReadOnlySet<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        var truePositives = predicted.Count(expected.Contains);
        return new MatchCounts(truePositives, predicted.Count - truePositives, expected.Count - truePositives);
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets agree completely.</summary>
    public static double Jaccard(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var intersection = first.Count(second.Contains);
        var union = first.Count + second.Count - intersection;
        return union == 0 ? 1 : (double)intersection / union;
    }

    /// <summary>Jaccard of every unordered pair of sets; empty when there are fewer than two sets.</summary>
    public static IReadOnlyList<double> PairwiseJaccard(IReadOnlyList<IReadOnlySet<string>> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var values = new List<double>();
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                values.Add(Jaccard(sets[i], sets[j]));
            }
        }

        return values;
    }
}
