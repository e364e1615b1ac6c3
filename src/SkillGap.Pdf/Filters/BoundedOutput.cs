using System.Buffers;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// A growable byte buffer that refuses to grow past the decompression budget (decompression bombs stop here).
/// Its working buffer comes from the shared pool up to <see cref="MaxPooledLength"/>, so decoding a stream allocates
/// little more than the exact-size result of <see cref="ToArray"/>, after which the buffer is given back.
/// </summary>
internal sealed class BoundedOutput(long limit, int initialCapacity = 256)
{
    public const string OverBudgetMessage = "A stream in the PDF expands to more data than a resume should.";

    // Larger buffers are plain arrays: a pool should not keep a hostile file's megabytes alive after it.
    private const int MaxPooledLength = 1 << 20;

    private byte[] _buffer = Allocate(Math.Max(16, initialCapacity));
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

    /// <summary>The bytes written; the output is finished and empty afterwards.</summary>
    public byte[] ToArray()
    {
        byte[] result = _buffer.AsSpan(0, Length).ToArray();
        Release(_buffer);
        _buffer = [];
        Length = 0;
        return result;
    }

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
            byte[] grown = Allocate((int)Math.Min(size, Array.MaxLength));
            _buffer.AsSpan(0, Length).CopyTo(grown);
            Release(_buffer);
            _buffer = grown;
        }
    }

    private static byte[] Allocate(int length) =>
        length <= MaxPooledLength ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];

    private static void Release(byte[] buffer)
    {
        if (buffer.Length is > 0 and <= MaxPooledLength)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
