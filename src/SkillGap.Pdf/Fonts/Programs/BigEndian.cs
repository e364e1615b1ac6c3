namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>Bounds-checked big-endian reads: out-of-range offsets read as -1 instead of throwing, so hostile fonts only lose data.</summary>
internal static class BigEndian
{
    public static int U8(ReadOnlySpan<byte> data, int offset) =>
        offset >= 0 && offset < data.Length ? data[offset] : -1;

    public static int U16(ReadOnlySpan<byte> data, int offset) =>
        offset >= 0 && offset <= data.Length - 2 ? (data[offset] << 8) | data[offset + 1] : -1;

    public static int I16(ReadOnlySpan<byte> data, int offset) =>
        offset >= 0 && offset <= data.Length - 2 ? (short)((data[offset] << 8) | data[offset + 1]) : 0;

    /// <summary>Unsigned 32-bit value, or -1 when out of range or too large for an int offset.</summary>
    public static long U32(ReadOnlySpan<byte> data, int offset) =>
        offset >= 0 && offset <= data.Length - 4
            ? ((long)data[offset] << 24) | ((long)data[offset + 1] << 16) | ((long)data[offset + 2] << 8) | data[offset + 3]
            : -1;

    /// <summary>An offset-sized unsigned integer of 1–4 bytes (CFF OffSize).</summary>
    public static long UVar(ReadOnlySpan<byte> data, int offset, int size)
    {
        if (size is < 1 or > 4 || offset < 0 || offset > data.Length - size)
        {
            return -1;
        }

        long value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | data[offset + i];
        }

        return value;
    }
}
