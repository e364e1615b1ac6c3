namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// Code → CID for a large predefined CMap: non-overlapping runs sorted by first code, found by binary search
/// (a Unicode-keyed CMap has some ten thousand runs; a linear scan per new code would cost a CJK page dearly).
/// </summary>
internal sealed class SortedCidRanges(int[] lows, int[] highs, int[] firstCids)
{
    public int Count => lows.Length;

    public int? Lookup(int code)
    {
        int low = 0, high = lows.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (code < lows[middle])
            {
                high = middle - 1;
            }
            else if (code > highs[middle])
            {
                low = middle + 1;
            }
            else
            {
                return firstCids[middle] + (code - lows[middle]);
            }
        }

        return null;
    }
}
