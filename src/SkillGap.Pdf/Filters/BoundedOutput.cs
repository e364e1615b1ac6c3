using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Filters;

/// <summary>A growable byte buffer that refuses to grow past the decompression budget (decompression bombs stop here).</summary>
internal sealed class BoundedOutput(long limit, int initialCapacity = 256)
{
    public const string OverBudgetMessage = "A stream in the PDF expands to more data than a resume should.";

    private byte[] _buffer = new byte[Math.Max(16, initialCapacity)];
    private readonly long _limit = limit;

    public int Length { get; private set; }

    public byte this[int index] => _buffer[index];

    public void Add(byte value)
    {
        Reserve(1);
        _buffer[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Reserve(values.Length);
        values.CopyTo(_buffer.AsSpan(Length));
        Length += values.Length;
    }

    public void AddRepeated(byte value, int count)
    {
        Reserve(count);
        _buffer.AsSpan(Length, count).Fill(value);
        Length += count;
    }

    /// <summary>Copies <paramref name="count"/> bytes starting at <paramref name="offset"/> of what is already written (LZW strings).</summary>
    public void AddFromSelf(int offset, int count)
    {
        Reserve(count);
        Array.Copy(_buffer, offset, _buffer, Length, count);
        Length += count;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private void Reserve(int extra)
    {
        long needed = (long)Length + extra;
        if (needed > _limit)
        {
            throw new PdfBudgetExceededException(OverBudgetMessage);
        }

        if (needed > _buffer.Length)
        {
            long size = Math.Max(needed, Math.Min((long)_buffer.Length * 2, Array.MaxLength));
            Array.Resize(ref _buffer, (int)Math.Min(size, Array.MaxLength));
        }
    }
}
