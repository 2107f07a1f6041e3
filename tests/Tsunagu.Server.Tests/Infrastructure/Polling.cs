namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// Waits for something the server does in the background (a job, a reloaded file) by asking again until it is done,
/// a bounded number of times, instead of sleeping for a guessed while.
/// </summary>
public static class Polling
{
    /// <summary>Attempts × interval: far longer than anything awaited here takes, so only a real failure exhausts it.</summary>
    public const int Attempts = 1_200;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Reads until <paramref name="done"/> holds and returns that reading; fails naming <paramref name="what"/> otherwise.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var value = await read();
        for (var attempt = 1; !done(value); attempt++)
        {
            Assert.True(attempt < Attempts, $"{what}: still not the case after {Attempts} attempts.");
            await Task.Delay(Interval);
            value = await read();
        }

        return value;
    }
}
