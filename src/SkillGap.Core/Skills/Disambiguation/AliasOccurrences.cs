namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Finds an alias written with exactly the given case and standing as a whole word.</summary>
public static class AliasOccurrences
{
    public static IReadOnlyList<int> Find(string text, string alias)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(alias);

        var starts = new List<int>();
        var from = 0;
        while (from <= text.Length - alias.Length)
        {
            var index = text.IndexOf(alias, from, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            if (IsBoundary(text, index - 1) && IsBoundary(text, index + alias.Length))
            {
                starts.Add(index);
            }

            from = index + 1;
        }

        return starts;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
