namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// System time moved by an offset, so a test can see a later day (expiries, refill windows) while timers and timestamps
/// keep running normally. Tokens issued after a move carry the moved time: get them again after moving.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock <paramref name="days"/> days ahead of system time (0 to go back to it).</summary>
    public void SetDaysAhead(int days) => Interlocked.Exchange(ref offsetTicks, TimeSpan.FromDays(days).Ticks);
}
