namespace SkillGap.Core.Documents;

/// <summary>
/// A forward-only read of an inflating ZIP entry that stops at a byte budget, whatever the entry declares (a
/// declared size can lie), with room to push back the few bytes read to sniff it.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    private byte[] _pushedBack = [];
    private int _pushedBackOffset;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The next reads return these bytes again first.</summary>
    public void Rewind(ReadOnlySpan<byte> bytes)
    {
        _pushedBack = bytes.ToArray();
        _pushedBackOffset = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pushedBackOffset < _pushedBack.Length)
        {
            var fromBack = Math.Min(buffer.Length, _pushedBack.Length - _pushedBackOffset);
            _pushedBack.AsSpan(_pushedBackOffset, fromBack).CopyTo(buffer);
            _pushedBackOffset += fromBack;
            return fromBack;
        }

        var read = inner.Read(buffer);
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new DocxOverBudgetException($"a part expands to more than {limit / (1024 * 1024.0):0.#} MB");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
