namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>A CFF INDEX: a count, an offset array and the data the offsets point into.</summary>
internal sealed class CffIndex
{
    private readonly int _offsetsStart;
    private readonly int _offSize;
    private readonly int _dataStart;

    private CffIndex(int count, int offsetsStart, int offSize, int dataStart, int end)
    {
        Count = count;
        _offsetsStart = offsetsStart;
        _offSize = offSize;
        _dataStart = dataStart;
        End = end;
    }

    public int Count { get; }

    /// <summary>The first byte after this INDEX.</summary>
    public int End { get; }

    public static CffIndex? Read(ReadOnlySpan<byte> data, int offset)
    {
        var count = BigEndian.U16(data, offset);
        if (count < 0)
        {
            return null;
        }

        if (count == 0)
        {
            return new CffIndex(0, offset + 2, 1, offset + 2, offset + 2);
        }

        var offSize = BigEndian.U8(data, offset + 2);
        var offsetsStart = offset + 3;
        var dataStart = offsetsStart + ((count + 1) * offSize) - 1;
        var last = BigEndian.UVar(data, offsetsStart + (count * Math.Max(offSize, 1)), offSize);
        if (offSize is < 1 or > 4 || last < 1 || dataStart + last > data.Length)
        {
            return null;
        }

        return new CffIndex(count, offsetsStart, offSize, dataStart, (int)(dataStart + last));
    }

    public ReadOnlySpan<byte> GetItem(ReadOnlySpan<byte> data, int index)
    {
        if (index < 0 || index >= Count)
        {
            return [];
        }

        var start = BigEndian.UVar(data, _offsetsStart + (index * _offSize), _offSize);
        var end = BigEndian.UVar(data, _offsetsStart + ((index + 1) * _offSize), _offSize);
        if (start < 1 || end < start || _dataStart + end > data.Length)
        {
            return [];
        }

        return data.Slice((int)(_dataStart + start), (int)(end - start));
    }
}
