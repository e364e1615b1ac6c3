namespace SkillGap.Cli.PdfQuality;

/// <summary>Bag-of-words agreement between our tokens and the reference's (multiset overlap).</summary>
internal sealed record WordScore(int Ours, int Reference, int Matched)
{
    public double Precision => Ours == 0 ? (Reference == 0 ? 1 : 0) : (double)Matched / Ours;

    public double Recall => Reference == 0 ? 1 : (double)Matched / Reference;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static WordScore Compute(IReadOnlyList<string> ours, IReadOnlyList<string> reference)
    {
        Dictionary<string, int> counts = Count(reference);
        int matched = 0;
        foreach (string token in ours)
        {
            if (counts.TryGetValue(token, out int left) && left > 0)
            {
                counts[token] = left - 1;
                matched++;
            }
        }

        return new WordScore(ours.Count, reference.Count, matched);
    }

    /// <summary>Tokens the reference has more often than we do (missing) and we have more often than it (extra).</summary>
    public static (List<(string Token, int Count)> Missing, List<(string Token, int Count)> Extra) Diff(
        IReadOnlyList<string> ours, IReadOnlyList<string> reference, int top)
    {
        Dictionary<string, int> oursCount = Count(ours), referenceCount = Count(reference);
        List<(string, int)> missing = referenceCount
            .Select(kv => (kv.Key, kv.Value - oursCount.GetValueOrDefault(kv.Key)))
            .Where(d => d.Item2 > 0).OrderByDescending(d => d.Item2).ThenBy(d => d.Key, StringComparer.Ordinal).Take(top).ToList();
        List<(string, int)> extra = oursCount
            .Select(kv => (kv.Key, kv.Value - referenceCount.GetValueOrDefault(kv.Key)))
            .Where(d => d.Item2 > 0).OrderByDescending(d => d.Item2).ThenBy(d => d.Key, StringComparer.Ordinal).Take(top).ToList();
        return (missing, extra);
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
