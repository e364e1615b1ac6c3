namespace SkillGap.Pdf.Layout;

/// <summary>
/// Sorts in place and keeps ties in their input order, as LINQ's OrderBy does, without its copies and iterators:
/// <see cref="List{T}.Sort()"/> alone is not stable, and layout decisions depend on which of two equal glyphs comes first.
/// </summary>
internal static class StableSort
{
    public static void By<T>(List<T> items, Func<T, double> key)
    {
        if (items.Count < 2)
        {
            return;
        }

        var keyed = new (double Key, int Index, T Item)[items.Count];
        bool sorted = true;
        for (int i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (key(items[i]), i, items[i]);
            sorted &= i == 0 || keyed[i - 1].Key.CompareTo(keyed[i].Key) <= 0;
        }

        if (sorted)
        {
            return;
        }

        keyed.AsSpan().Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        for (int i = 0; i < keyed.Length; i++)
        {
            items[i] = keyed[i].Item;
        }
    }
}
