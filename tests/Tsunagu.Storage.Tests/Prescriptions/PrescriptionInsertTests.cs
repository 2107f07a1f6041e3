using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.Audit;
using Tsunagu.Storage.Prescriptions;
using Tsunagu.Storage.Tests.Support;
using Tsunagu.Testing;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Storage.Tests.Prescriptions;

/// <summary>A prescription is stored with its history lines and a 引換番号 no live prescription holds.</summary>
public abstract class PrescriptionInsertTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    [Fact]
    public async Task A_clashing_access_code_is_drawn_again_and_the_prescription_and_its_lines_are_stored_once()
    {
        Assert.Equal("123456", await InsertAsync("rx-1", Lines("rx-1", 2), "123456"));

        Assert.Equal("654321", await InsertAsync("rx-2", Lines("rx-2", 3), "123456", "123456", "654321"));

        Assert.Equal(["rx-1|123456", "rx-2|654321"], await Test.RowsAsync("SELECT id, access_code FROM prescriptions ORDER BY id"));
        Assert.Equal(["rx-1|2", "rx-2|3"], await Test.RowsAsync("SELECT source_id, count(*) FROM medication_history GROUP BY source_id ORDER BY source_id"));
    }

    [Fact]
    public async Task More_lines_than_one_statement_carries_are_all_stored()
    {
        var lines = Lines("rx-1", MedicationHistoryStore.RowsPerInsert * 2 + 1);

        await InsertAsync("rx-1", lines, "123456");

        Assert.Equal(lines, await new MedicationHistoryStore(Test.Database).ForPersonAsync(1, Day, Day));
    }

    [Fact]
    public async Task When_every_draw_clashes_the_insert_fails_and_the_write_stores_nothing_new()
    {
        await InsertAsync("rx-1", Lines("rx-1", 1), "123456");

        await Assert.ThrowsAsync<InvalidOperationException>(() => InsertAsync("rx-2", Lines("rx-2", 2), "123456"));

        Assert.Equal(["rx-1"], await Test.RowsAsync("SELECT id FROM prescriptions"));
        Assert.Equal(["rx-1"], await Test.RowsAsync("SELECT source_id FROM medication_history"));
    }

    [Fact]
    public async Task A_copy_given_other_content_stores_that_content()
    {
        var original = PaperPrescriptions.Registered("rx-1", Day);
        var other = original.Content with { Doctor = new Practitioner("医師　次郎"), Remarks = ["一包化"] };

        await InsertAsync(original with { Content = other }, [], "123456");

        var stored = await new PrescriptionStore(Test.Database).FindAsync("rx-1");
        Assert.Equal("医師　次郎", stored!.Content.Doctor.Name);
        Assert.Equal(["一包化"], stored.Content.Remarks);
    }

    [Fact]
    public async Task Registered_together_by_the_group_writer_a_clashing_code_is_drawn_again_and_a_prescription_with_no_free_code_leaves_nothing()
    {
        await InsertAsync("rx-0", Lines("rx-0", 1), "111111");
        await using var writer = new GroupWriter(Test.Database, new AuditAppender(Test.Database, "rx"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = writer.WriteAsync(async _ =>
        {
            await gate.Task;
            return GroupWrite<string?>.Discarded(null);
        });
        var clashing = Register(writer, Insert("rx-1", Lines("rx-1", 2), "111111", "222222"));
        var free = Register(writer, Insert("rx-2", Lines("rx-2", 1), "333333"));
        var exhausted = Register(writer, Insert("rx-3", Lines("rx-3", 2), "111111"));
        gate.SetResult();

        Assert.Null(await waiting);
        Assert.Equal(("222222", "333333"), (await clashing, await free));
        await Assert.ThrowsAsync<InvalidOperationException>(() => exhausted);
        Assert.Equal(["rx-0|111111", "rx-1|222222", "rx-2|333333"], await Test.RowsAsync("SELECT id, access_code FROM prescriptions ORDER BY id"));
        Assert.Equal(["rx-0|1", "rx-1|2", "rx-2|1"], await Test.RowsAsync("SELECT source_id, count(*) FROM medication_history GROUP BY source_id ORDER BY source_id"));
    }

    private static Task<string?> Register(GroupWriter writer, PrescriptionInsert insert) =>
        writer.WriteAsync(insert.Opening, async write => GroupWrite<string?>.Kept(await insert.RunAsync(write)));

    /// <summary>The insert of prescription <paramref name="id"/>, its codes drawn from <paramref name="draws"/> (the last one repeated).</summary>
    private static PrescriptionInsert Insert(string id, IReadOnlyList<MedicationRecord> lines, params string[] draws) => Insert(PaperPrescriptions.Registered(id, Day), lines, draws);

    private static PrescriptionInsert Insert(NewPrescription prescription, IReadOnlyList<MedicationRecord> lines, params string[] draws)
    {
        var drawn = 0;
        return new PrescriptionInsert(prescription, lines, () => draws[Math.Min(drawn++, draws.Length - 1)], DateTimeOffset.UnixEpoch);
    }

    /// <summary>Stores prescription <paramref name="id"/> in its own write, its codes drawn from <paramref name="draws"/> (the last one repeated).</summary>
    private Task<string?> InsertAsync(string id, IReadOnlyList<MedicationRecord> lines, params string[] draws) => InsertAsync(PaperPrescriptions.Registered(id, Day), lines, draws);

    private async Task<string?> InsertAsync(NewPrescription prescription, IReadOnlyList<MedicationRecord> lines, params string[] draws)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var code = await Insert(prescription, lines, draws).RunAsync(write);
        await write.CommitAsync();
        return code;
    }

    private static MedicationRecord[] Lines(string id, int count) =>
    [
        .. Enumerable.Range(1, count).Select(line => new MedicationRecord(
            MedicationRecordKind.Prescription, id, line, id, "1310000011", "つなぐ内科クリニック", Day, Day.AddDays(3), "629000010", "629000010",
            new IngredientKey("1124007", AdministrationRoute.Oral, null), $"薬品{line}", 1, "錠", "1日1回就寝前", DosageForm.Internal, 28, false, false)),
    ];
}

public sealed class PrescriptionInsertOnSqlite() : PrescriptionInsertTests(TestEngine.Sqlite);

public sealed class PrescriptionInsertOnPostgres() : PrescriptionInsertTests(TestEngine.PostgreSql);
