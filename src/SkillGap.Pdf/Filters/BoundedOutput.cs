using System.Buffers;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// A growable byte buffer that refuses to grow past the decompression budget (decompression bombs stop here) and,
/// while a long decode runs, reports its progress to the read budget so the clock and cancellation are checked.
/// Its working buffer comes from the shared pool up to <see cref="MaxPooledLength"/>, so decoding a stream allocates
/// little more than the exact-size result of <see cref="ToArray"/>, after which the buffer is given back.
/// </summary>
internal sealed class BoundedOutput(long limit, int initialCapacity = 256, ReadBudget? budget = null)
{
    public const string OverBudgetMessage = "A stream in the PDF expands to more data than a resume should.";

    // Larger buffers are plain arrays: a pool should not keep a hostile file's megabytes alive after it.
    private const int MaxPooledLength = 1 << 20;

    private const int ProgressReportBytes = 1 << 16;

    private readonly long _limit = limit;
    private readonly ReadBudget? _budget = budget;
    private byte[] _buffer = Allocate((int)Math.Clamp(Math.Min(initialCapacity, limit), 16, Array.MaxLength));
    private int _reported;

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
        // A large buffer filled exactly (its size was known up front) is the result itself: no second copy of megabytes.
        byte[] result = Length == _buffer.Length && Length > MaxPooledLength ? _buffer : _buffer.AsSpan(0, Length).ToArray();
        if (!ReferenceEquals(result, _buffer))
        {
            Release(_buffer);
        }

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

        if (Length - _reported >= ProgressReportBytes)
        {
            _budget?.Spend(Length - _reported);
            _reported = Length;
        }

        if (needed > _buffer.Length)
        {
            // Never beyond the limit: a bomb that stops at 200 MB should not have made us allocate 256 MB first.
            long size = Math.Min(Math.Max(needed, (long)_buffer.Length * 2), Math.Min(_limit, Array.MaxLength));
            byte[] grown = Allocate((int)size);
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
