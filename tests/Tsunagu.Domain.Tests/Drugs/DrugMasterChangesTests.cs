using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Drugs;

public sealed class DrugMasterChangesTests
{
    private static readonly Dictionary<string, Drug> Stored = new[] { TestDrugs.Triazolam, TestDrugs.Itraconazole, TestDrugs.Clarithromycin }
        .ToDictionary(d => d.ReceiptCode);

    [Fact]
    public void Rows_equal_to_the_stored_ones_change_nothing()
    {
        var changes = DrugMasterChanges.Between(Stored, Stored.Values.Select(d => new DrugMasterRecord(MasterChange.Unchanged, d)));

        Assert.Empty(changes.Added);
        Assert.Empty(changes.Changed);
        Assert.Empty(changes.Deleted);
        Assert.Equal(3, changes.Unchanged);
    }

    [Fact]
    public void New_rows_are_added_and_differing_rows_replace_the_stored_ones()
    {
        var renamed = TestDrugs.Triazolam with { Name = "ハルシオン０．２５ｍｇ錠（新）", Price = 7.5m };

        var changes = DrugMasterChanges.Between(Stored, [new(MasterChange.Changed, renamed), new(MasterChange.Added, TestDrugs.Famotidine)]);

        Assert.Equal([TestDrugs.Famotidine], changes.Added);
        Assert.Equal([renamed], changes.Changed);
        Assert.Equal(0, changes.Discontinued);
    }

    [Fact]
    public void A_row_that_gains_a_discontinuation_date_counts_as_discontinued()
    {
        var retired = TestDrugs.Itraconazole with { DiscontinuedOn = new DateOnly(2027, 3, 31) };

        var changes = DrugMasterChanges.Between(Stored, [new(MasterChange.Discontinued, retired)]);

        Assert.Equal([retired], changes.Changed);
        Assert.Equal(1, changes.Discontinued);
    }

    [Fact]
    public void A_deleted_row_is_removed_when_stored_and_ignored_otherwise()
    {
        var changes = DrugMasterChanges.Between(Stored, [new(MasterChange.Deleted, TestDrugs.Clarithromycin), new(MasterChange.Deleted, TestDrugs.Famotidine)]);

        Assert.Equal(["620000203"], changes.Deleted);
        Assert.Empty(changes.Added);
    }
}
