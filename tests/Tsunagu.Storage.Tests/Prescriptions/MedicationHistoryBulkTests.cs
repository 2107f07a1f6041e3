using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.Prescriptions;
using Tsunagu.Testing;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Storage.Tests.Prescriptions;

public abstract class MedicationHistoryBulkTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    private MedicationHistoryStore Store => new(Test.Database);

    [Fact]
    public async Task Lines_loaded_in_bulk_read_back_as_the_records_they_were_person_by_person()
    {
        MedicationRecord[] first = [Dispensed("demo-1-d1", "demo-1-p1"), Prescribed("demo-1-p1", 1), Prescribed("demo-1-p1", 2) with { Code = null, ResolvedCode = null, Ingredient = null }];
        MedicationRecord[] second = [Dispensed("demo-2-d1", null) with { Quantity = 1.5m, Form = DosageForm.External, InHouse = true, Inpatient = true }];

        await LoadAsync([.. first.Select(r => new MedicationHistoryRow(1, r)), .. second.Select(r => new MedicationHistoryRow(2, r))]);

        Assert.Equal(first, await Store.ForPersonAsync(1, Day.AddYears(-1), Day));
        Assert.Equal(second, await Store.ForPersonAsync(2, Day.AddYears(-1), Day));
    }

    [Fact]
    public async Task Lines_appended_in_a_write_read_back_as_the_records_they_were_absent_values_included()
    {
        MedicationRecord[] lines =
        [
            Dispensed("rx-d1", null) with { Quantity = 1.5m, Form = DosageForm.External, InHouse = true, Inpatient = true },
            Prescribed("rx-p1", 1),
            Prescribed("rx-p1", 2) with { Code = null, ResolvedCode = null, Ingredient = null },
        ];

        await AppendAsync(lines, from: 0);

        Assert.Equal(lines, await Store.ForPersonAsync(1, Day, Day));
    }

    [Fact]
    public async Task Lines_appended_from_a_given_line_leave_out_the_ones_before_it()
    {
        MedicationRecord[] lines = [Prescribed("rx-p1", 1), Prescribed("rx-p1", 2), Prescribed("rx-p1", 3)];

        await AppendAsync(lines, from: 1);

        Assert.Equal(lines[1..], await Store.ForPersonAsync(1, Day, Day));
    }

    [Fact]
    public async Task Lines_appended_beyond_one_statement_from_several_sources_keep_each_sources_values()
    {
        MedicationRecord[] lines =
        [
            .. Enumerable.Range(1, MedicationHistoryStore.RowsPerInsert + 5).Select(line => Prescribed("rx-p1", line)),
            Prescribed("rx-p2", 1) with { FacilityCode = "1310000029", FacilityName = "つなぐ外科", UsableUntil = Day.AddDays(6) },
            Prescribed("rx-p2", 2) with { FacilityCode = "1310000029", FacilityName = "つなぐ外科", UsableUntil = Day.AddDays(6), Inpatient = true },
            Dispensed("rx-d2", "rx-p2"),
            Dispensed("rx-d3", "rx-p2"),
            Prescribed("rx-p1", MedicationHistoryStore.RowsPerInsert + 6),
        ];

        await AppendAsync(lines, from: 0);

        var stored = await Store.ForPersonAsync(1, Day, Day);
        Assert.Equal(lines.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.Line), stored);
    }

    [Fact]
    public async Task Text_longer_than_the_binding_buffer_is_stored_whole()
    {
        var name = string.Concat(Enumerable.Repeat("長い薬品名称", 300));

        await LoadAsync([new MedicationHistoryRow(7, Prescribed("demo-7-p1", 1) with { DrugName = name })]);

        Assert.Equal(name, Assert.Single(await Store.ForPersonAsync(7, Day, Day)).DrugName);
    }

    [Fact]
    public async Task Removing_the_sources_of_a_prefix_leaves_the_other_lines()
    {
        await LoadAsync([new(1, Prescribed("demo-1-p1", 1)), new(1, Dispensed("demo-1-d1", "demo-1-p1")), new(1, Prescribed("0190f1a2b3c4", 1))]);

        int removed;
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            removed = await MedicationHistoryStore.DeleteSourcesAsync(write, "demo-");
            await write.CommitAsync();
        }

        Assert.Equal(2, removed);
        Assert.Equal("0190f1a2b3c4", Assert.Single(await Store.ForPersonAsync(1, Day, Day)).SourceId);
    }

    [Fact]
    public async Task A_bulk_load_not_committed_leaves_nothing()
    {
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await Store.InsertManyAsync(write, [new MedicationHistoryRow(1, Prescribed("demo-1-p1", 1))]);
        }

        Assert.Equal(0, await Test.CountAsync("medication_history"));
    }

    private async Task AppendAsync(IReadOnlyList<MedicationRecord> lines, int from)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        await MedicationHistoryStore.InsertAsync(write, 1, lines, from);
        await write.CommitAsync();
    }

    private async Task LoadAsync(IReadOnlyList<MedicationHistoryRow> rows)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        await Store.InsertManyAsync(write, rows);
        await write.CommitAsync();
    }

    private static MedicationRecord Prescribed(string id, int line) => new(
        MedicationRecordKind.Prescription, id, line, id, "1310000011", "つなぐ内科クリニック", Day, Day.AddDays(3), "629000010", "629000010",
        new IngredientKey("1124007", AdministrationRoute.Oral, null), "ハルシオン０．１２５ｍｇ錠", 1, "錠", "1日1回就寝前", DosageForm.Internal, 28, false, false);

    private static MedicationRecord Dispensed(string id, string? prescriptionId) =>
        Prescribed(id, 1) with { Kind = MedicationRecordKind.Dispensing, PrescriptionId = prescriptionId, FacilityCode = "1340000019", FacilityName = "つなぐ薬局", UsableUntil = null };
}

public sealed class MedicationHistoryBulkOnSqlite() : MedicationHistoryBulkTests(TestEngine.Sqlite);

public sealed class MedicationHistoryBulkOnPostgres() : MedicationHistoryBulkTests(TestEngine.PostgreSql);
