namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// Distinct feature names in insertion order. The order matters: summing weights in a fixed order keeps
/// training byte-for-byte reproducible, which a HashSet's per-process string hashing would not.
/// </summary>
internal sealed class FeatureSet
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _ordered = [];

    public void Add(string feature)
    {
        if (_seen.Add(feature))
        {
            _ordered.Add(feature);
        }
    }

    public IReadOnlyList<string> ToList() => _ordered.ToArray();
}
