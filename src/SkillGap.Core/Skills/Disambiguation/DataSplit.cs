namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>A deterministic train/test partition of labelled mentions.</summary>
public sealed record DataSplit(IReadOnlyList<LabelledMention> Train, IReadOnlyList<LabelledMention> Test)
{
    /// <summary>
    /// Puts an example in the test set when a hash of its text, alias and occurrence falls in the lowest
    /// <paramref name="testPercent"/> of 100 buckets. Hashing (not shuffling) keeps every existing line in
    /// its split when new lines are added to the data.
    /// </summary>
    public static DataSplit ByTextHash(IReadOnlyList<LabelledMention> examples, int testPercent = 20)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfNegative(testPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(testPercent, 100);

        var train = new List<LabelledMention>();
        var test = new List<LabelledMention>();
        foreach (var example in examples)
        {
            var key = $"{example.Mention.Text}\u001f{example.Alias}\u001f{example.Occurrence}";
            (Bucket(key) < (ulong)testPercent ? test : train).Add(example);
        }

        return new DataSplit(train, test);
    }

    private static ulong Bucket(string key)
    {
        // FNV-1a over UTF-16 code units: stable across runtimes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        // FNV's low bits mix poorly, so fold the high bits in before taking the bucket.
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return hash % 100;
    }
}
