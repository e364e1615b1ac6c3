namespace SkillGap.Cli.PdfQuality;

/// <summary>
/// How much of the reference's word order our text keeps, from 0 to 1; NaN when no word matched (nothing to order).
/// </summary>
/// <remarks>
/// Each of our tokens is matched to the reference occurrence of the same token with the same rank (our 3rd "kubernetes"
/// to its 3rd). Walking our text, that gives a sequence of reference positions; the score is the longest increasing
/// subsequence of it over the number of matched tokens. That is the LCS of the two texts restricted to matched words,
/// computed in O(n log n), so a 95-page file costs nothing. It was chosen over bigram overlap because bigrams barely
/// notice two columns read line by line (most bigrams stay inside a line), while the LCS drops to roughly the longer
/// column's share; and over a Kendall tau because one misplaced block costs the LCS only that block's size, which is
/// the reader's real loss. It is only as good as the reference: poppler interleaves some two-column pages itself.
/// </remarks>
internal static class OrderScore
{
    public static double Compute(IReadOnlyList<string> ours, IReadOnlyList<string> reference)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < reference.Count; i++)
        {
            if (!positions.TryGetValue(reference[i], out List<int>? list))
            {
                list = [];
                positions[reference[i]] = list;
            }

            list.Add(i);
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var sequence = new List<int>(ours.Count);
        foreach (string token in ours)
        {
            int rank = used.GetValueOrDefault(token);
            if (positions.TryGetValue(token, out List<int>? list) && rank < list.Count)
            {
                sequence.Add(list[rank]);
                used[token] = rank + 1;
            }
        }

        return sequence.Count == 0 ? double.NaN : (double)LongestIncreasing(sequence) / sequence.Count;
    }

    private static int LongestIncreasing(List<int> sequence)
    {
        var tails = new List<int>();
        foreach (int value in sequence)
        {
            int index = tails.BinarySearch(value);
            if (index < 0)
            {
                index = ~index;
            }

            if (index == tails.Count)
            {
                tails.Add(value);
            }
            else
            {
                tails[index] = value;
            }
        }

        return tails.Count;
    }
}
