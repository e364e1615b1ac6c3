using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

/// <summary>A CIDFont's /W (or /W2) array: single CIDs and CID ranges to one or more numbers each, plus the default.</summary>
internal sealed class CidWidths
{
    private const int MaxEntries = 200_000;

    private readonly Dictionary<int, double[]> _single = [];
    private readonly List<(int First, int Last, double[] Values)> _ranges = [];
    private readonly double[] _default;
    private readonly Dictionary<int, double[]> _rangeHits = new();

    private CidWidths(double[] defaultValues) => _default = defaultValues;

    public double[] Get(int cid)
    {
        if (_single.TryGetValue(cid, out var values))
        {
            return values;
        }

        if (_ranges.Count == 0)
        {
            return _default;
        }

        if (_rangeHits.TryGetValue(cid, out values))
        {
            return values;
        }

        values = _default;
        for (var i = _ranges.Count - 1; i >= 0; i--)
        {
            if (cid >= _ranges[i].First && cid <= _ranges[i].Last)
            {
                values = _ranges[i].Values;
                break;
            }
        }

        if (_rangeHits.Count < MaxEntries)
        {
            _rangeHits[cid] = values;
        }

        return values;
    }

    /// <summary>True when the array lists this CID (the default does not count).</summary>
    public bool Covers(int cid) => !ReferenceEquals(Get(cid), _default);

    /// <param name="valuesPerCid">1 for /W (a width), 3 for /W2 (w1y, vx, vy).</param>
    public static CidWidths Read(PdfArray? array, IPdfObjectResolver resolver, int valuesPerCid, double[] defaultValues)
    {
        var widths = new CidWidths(defaultValues);
        if (array is null)
        {
            return widths;
        }

        var items = array.Items.Select(resolver.Resolve).ToList();
        var i = 0;
        while (i + 1 < items.Count && widths._single.Count < MaxEntries && widths._ranges.Count < MaxEntries)
        {
            if (items[i] is not PdfNumber first)
            {
                i++;
                continue;
            }

            if (items[i + 1] is PdfArray list)
            {
                var values = list.Items.Select(resolver.Resolve).OfType<PdfNumber>().Select(n => n.Value).ToList();
                for (var k = 0; k + valuesPerCid <= values.Count && widths._single.Count < MaxEntries; k += valuesPerCid)
                {
                    widths._single[first.IntValue + (k / valuesPerCid)] = [.. values.GetRange(k, valuesPerCid)];
                }

                i += 2;
                continue;
            }

            if (i + 1 + valuesPerCid < items.Count && items[i + 1] is PdfNumber last
                && items.Skip(i + 2).Take(valuesPerCid).All(item => item is PdfNumber))
            {
                var values = items.Skip(i + 2).Take(valuesPerCid).Cast<PdfNumber>().Select(n => n.Value).ToArray();
                widths._ranges.Add((first.IntValue, last.IntValue, values));
                i += 2 + valuesPerCid;
                continue;
            }

            i++;
        }

        return widths;
    }
}
