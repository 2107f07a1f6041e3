namespace Tsunagu.Storage.Tests.Pki;

/// <summary>A clock that moves only when told, for both wall time and the monotonic timestamp.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private TimeSpan elapsed;

    public override DateTimeOffset GetUtcNow() => start + elapsed;

    public override long GetTimestamp() => elapsed.Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by) => elapsed += by;
}
