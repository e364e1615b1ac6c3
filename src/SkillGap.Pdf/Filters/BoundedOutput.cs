using System.Buffers;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// A growable byte buffer that refuses to grow past the decompression budget (decompression bombs stop here) and,
/// while a long decode runs, reports its progress to the read budget so the clock and cancellation are checked.
/// Its working memory is pooled chunks of at most <see cref="ChunkSize"/> bytes that are never copied as the output
/// grows, so decoding allocates little more than the exact-size result of <see cref="ToArray"/>, and a bomb stopped
/// at the limit has cost about the limit (a doubling array cost 2.4 times it: 474 MB for the default 200 MB).
/// </summary>
internal sealed class BoundedOutput
{
    public const string OverBudgetMessage = "A stream in the PDF expands to more data than a resume should.";

    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;
    private const int ProgressReportBytes = 1 << 16;

    private readonly long _limit;
    private readonly ReadBudget? _budget;

    // Every chunk but the last holds exactly ChunkSize bytes, so byte i lives in chunk i >> ChunkBits. Only the first
    // chunk, while it is the only one, is smaller and grows by doubling (small streams stay small).
    private readonly List<byte[]> _chunks = [];
    private int _reported;

    public BoundedOutput(long limit, int initialCapacity = 256, ReadBudget? budget = null)
    {
        _limit = limit;
        _budget = budget;
        _chunks.Add(ArrayPool<byte>.Shared.Rent((int)Math.Clamp(Math.Min(initialCapacity, limit), 16, ChunkSize)));
    }

    public int Length { get; private set; }

    public byte this[int index] => _chunks[index >> ChunkBits][index & ChunkMask];

    public void Add(byte value)
    {
        Reserve(1);

        // FreeSpan opens the next chunk when the last one is full (the byte after exactly 1 MB, 2 MB...).
        FreeSpan()[0] = value;
        Length++;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Reserve(values.Length);
        while (!values.IsEmpty)
        {
            Span<byte> free = FreeSpan();
            int count = Math.Min(free.Length, values.Length);
            values[..count].CopyTo(free);
            values = values[count..];
            Length += count;
        }
    }

    public void AddRepeated(byte value, int count)
    {
        Reserve(count);
        while (count > 0)
        {
            Span<byte> free = FreeSpan();
            int n = Math.Min(free.Length, count);
            free[..n].Fill(value);
            count -= n;
            Length += n;
        }
    }

    /// <summary>Copies <paramref name="count"/> bytes starting at <paramref name="offset"/> of what is already written (LZW strings).</summary>
    public void AddFromSelf(int offset, int count)
    {
        // Reserved up front, so the first chunk is not replaced while its bytes are being copied.
        Reserve(count);
        while (count > 0)
        {
            int inChunk = Math.Min(count, ChunkSize - (offset & ChunkMask));
            var source = _chunks[offset >> ChunkBits].AsSpan(offset & ChunkMask, inChunk);
            Span<byte> free = FreeSpan();
            int n = Math.Min(free.Length, source.Length);
            source[..n].CopyTo(free);
            Length += n;
            offset += n;
            count -= n;
        }
    }

    /// <summary>The bytes written; the output is finished and empty afterwards.</summary>
    public byte[] ToArray()
    {
        byte[] result = Length == 0 ? [] : GC.AllocateUninitializedArray<byte>(Length);
        for (int i = 0, copied = 0; i < _chunks.Count; i++)
        {
            int count = Math.Min(Length - copied, _chunks[i].Length);
            _chunks[i].AsSpan(0, count).CopyTo(result.AsSpan(copied));
            copied += count;
            ArrayPool<byte>.Shared.Return(_chunks[i]);
        }

        _chunks.Clear();
        Length = 0;
        return result;
    }

    /// <summary>The unwritten room of the chunk the next byte goes to (space was reserved).</summary>
    private Span<byte> FreeSpan()
    {
        int chunk = Length >> ChunkBits;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
        }

        int used = Length & ChunkMask;
        int capacity = _chunks.Count == 1 ? Math.Min(_chunks[0].Length, ChunkSize) : ChunkSize;
        return _chunks[chunk].AsSpan(used, capacity - used);
    }

    private void Reserve(int extra)
    {
        long needed = (long)Length + extra;
        if (needed > _limit || needed > Array.MaxLength)
        {
            throw new PdfBudgetExceededException(OverBudgetMessage);
        }

        if (Length - _reported >= ProgressReportBytes)
        {
            _budget?.Spend(Length - _reported);
            _reported = Length;
        }

        // The first chunk grows (by doubling, up to a full chunk) only while it is the only one; later chunks are added
        // as the bytes arrive.
        byte[] head = _chunks[0];
        if (_chunks.Count == 1 && needed > head.Length && head.Length < ChunkSize)
        {
            long size = Math.Min(Math.Max(needed, (long)head.Length * 2), Math.Min(_limit, ChunkSize));
            byte[] grown = ArrayPool<byte>.Shared.Rent((int)size);
            head.AsSpan(0, Length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(head);
            _chunks[0] = grown;
        }
    }
}
