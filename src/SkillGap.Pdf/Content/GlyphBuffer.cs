using System.Collections;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Content;

/// <summary>
/// The glyphs of one page in fixed-size chunks, refilled page after page. A glyph takes 64 bytes, so one array for a
/// page of a few thousand glyphs would land on the large object heap and be copied as it grew; chunks stay small and
/// are never copied.
/// </summary>
internal sealed class GlyphBuffer : IReadOnlyList<PositionedGlyph>
{
    private const int ChunkShift = 9;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<PositionedGlyph[]> _chunks = [];

    public int Count { get; private set; }

    public PositionedGlyph this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _chunks[index >> ChunkShift][index & (ChunkSize - 1)];
        }
    }

    public void Add(in PositionedGlyph glyph)
    {
        int chunk = Count >> ChunkShift;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new PositionedGlyph[ChunkSize]);
        }

        _chunks[chunk][Count & (ChunkSize - 1)] = glyph;
        Count++;
    }

    /// <summary>Empties the buffer and keeps its chunks; the glyphs' texts are released so they do not outlive the page.</summary>
    public void Clear()
    {
        for (int chunk = 0; chunk * ChunkSize < Count; chunk++)
        {
            Array.Clear(_chunks[chunk], 0, Math.Min(ChunkSize, Count - (chunk * ChunkSize)));
        }

        Count = 0;
    }

    public IEnumerator<PositionedGlyph> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
