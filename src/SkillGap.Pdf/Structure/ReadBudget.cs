using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>Counts what one extraction spends and stops it (by throwing <see cref="PdfBudgetExceededException"/>) when a limit is reached.</summary>
internal sealed class ReadBudget
{
    private const int ClockCheckInterval = 256;

    /// <summary>Units of work (glyph comparisons, decoded bytes) between two looks at the clock in <see cref="Spend"/>.</summary>
    private const long WorkPerClockCheck = 1 << 16;

    private readonly PdfReadOptions _options;
    private readonly TimeProvider _time;
    private readonly long _startTimestamp;
    private readonly CancellationToken _cancellationToken;
    private long _decompressedBytes;
    private int _objects;
    private long _operators;
    private long _glyphs;
    private int _sinceClockCheck;
    private long _workSinceClockCheck;

    public ReadBudget(PdfReadOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        _options = options;
        _time = time;
        _cancellationToken = cancellationToken;
        _startTimestamp = time.GetTimestamp();
    }

    public static ReadBudget Unlimited => new(new PdfReadOptions
    {
        MaxDecompressedBytes = long.MaxValue,
        MaxObjects = int.MaxValue,
        MaxOperators = long.MaxValue,
        MaxGlyphs = long.MaxValue,
        MaxPages = int.MaxValue,
        MaxDuration = TimeSpan.MaxValue,
    }, TimeProvider.System, CancellationToken.None);

    public PdfReadOptions Options => _options;

    public long RemainingDecompressedBytes => Math.Max(0, _options.MaxDecompressedBytes - _decompressedBytes);

    public void AddDecompressedBytes(long count)
    {
        _decompressedBytes += count;
        if (_decompressedBytes > _options.MaxDecompressedBytes)
        {
            throw new PdfBudgetExceededException("The PDF expands to more data than a resume should.");
        }
    }

    public void CountObject()
    {
        if (++_objects > _options.MaxObjects)
        {
            throw new PdfBudgetExceededException("The PDF has more objects than a resume should.");
        }

        Tick();
    }

    public void CountOperator()
    {
        if (++_operators > _options.MaxOperators)
        {
            throw new PdfBudgetExceededException("The PDF's pages draw more than a resume should.");
        }

        Tick();
    }

    /// <summary>One shown glyph: it counts as an operator too, and against its own limit.</summary>
    public void CountGlyph()
    {
        if (++_glyphs > _options.MaxGlyphs)
        {
            throw new PdfBudgetExceededException("The PDF's pages show more characters than a resume should.");
        }

        CountOperator();
    }

    /// <summary>Checks cancellation and the clock every so often; cheap enough to call in inner loops.</summary>
    public void Tick()
    {
        if (++_sinceClockCheck < ClockCheckInterval)
        {
            return;
        }

        CheckNow();
    }

    /// <summary>
    /// Records <paramref name="work"/> units of effort (a pass over n items counts n) and checks the clock once enough has
    /// accumulated, so a loop whose single step is expensive still stops near the deadline.
    /// </summary>
    public void Spend(long work)
    {
        _workSinceClockCheck += Math.Max(0, work);
        if (_workSinceClockCheck < WorkPerClockCheck)
        {
            return;
        }

        CheckNow();
    }

    public void CheckNow()
    {
        _sinceClockCheck = 0;
        _workSinceClockCheck = 0;
        _cancellationToken.ThrowIfCancellationRequested();
        if (_options.MaxDuration != TimeSpan.MaxValue && _time.GetElapsedTime(_startTimestamp) > _options.MaxDuration)
        {
            throw new PdfBudgetExceededException("Reading the PDF took longer than allowed.");
        }
    }
}
