namespace Tsunagu.Storage.People;

/// <summary>Reports bulk-write progress in steps, so a progress bar moves without a callback per row.</summary>
internal static class BulkProgress
{
    public const int Step = 5_000;

    /// <summary>After row <paramref name="done"/> of <paramref name="total"/>: reports a step, or the remainder at the end.</summary>
    public static void Tick(IProgress<int>? written, int done, int total)
    {
        if (written is null)
        {
            return;
        }

        if (done % Step == 0)
        {
            written.Report(Step);
        }
        else if (done == total)
        {
            written.Report(done % Step);
        }
    }
}
