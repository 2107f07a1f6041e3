using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Storage.Prescriptions;
using Tsunagu.Storage.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Prescriptions;

/// <summary>A write that decides on a prescription decides on what is committed, never on a state another write is replacing.</summary>
public abstract class PrescriptionStoreTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    [Fact]
    public async Task A_prescription_read_inside_a_write_waits_for_another_write_changing_it_and_reads_what_that_write_committed()
    {
        await PaperPrescriptions.StoreAsync(Test.Database, PaperPrescriptions.Registered("rx-1", Day));
        Task<StoredPrescription?> read;
        await using (var change = await Test.Database.BeginWriteAsync())
        {
            var registered = (await PrescriptionStore.FindAsync(change, "rx-1"))!;
            Assert.True(await PrescriptionStore.TransitionAsync(change, "rx-1", registered.State, registered.State.Cancelled(), DateTimeOffset.UnixEpoch));
            read = Task.Run(ReadInOwnWriteAsync);
            await Test.UntilBlockedOrDoneAsync(read);
            Assert.False(read.IsCompleted);
            await change.CommitAsync();
        }

        Assert.Equal(PrescriptionStatus.Cancelled, (await read)!.State.Status);
    }

    private async Task<StoredPrescription?> ReadInOwnWriteAsync()
    {
        await using var write = await Test.Database.BeginWriteAsync();
        return await PrescriptionStore.FindAsync(write, "rx-1");
    }
}

public sealed class PrescriptionStoreOnSqlite() : PrescriptionStoreTests(TestEngine.Sqlite);

public sealed class PrescriptionStoreOnPostgres() : PrescriptionStoreTests(TestEngine.PostgreSql);
