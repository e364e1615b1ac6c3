namespace SkillGap.Pdf.Tests.Support;

/// <summary>A clock that moves forward by a fixed step every time it is read, so time budgets run out deterministically.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        _ticks += step.Ticks;
        return _ticks;
    }
}
