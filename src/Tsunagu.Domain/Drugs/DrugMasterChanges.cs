namespace Tsunagu.Domain.Drugs;

/// <summary>
/// What importing a 医薬品マスター file does to the stored master, row by row by レセ電 code: new rows are added, rows
/// that differ replace the stored ones, rows marked 抹消 (変更区分 1) are deleted; rows absent from the file stay.
/// </summary>
/// <param name="Discontinued">How many of <paramref name="Changed"/> gained a 廃止年月日 they did not have.</param>
/// <param name="Unchanged">How many rows equal the stored ones.</param>
public sealed record DrugMasterChanges(IReadOnlyList<Drug> Added, IReadOnlyList<Drug> Changed, IReadOnlyList<string> Deleted, int Discontinued, int Unchanged)
{
    /// <summary>Compares a file's rows with the stored drugs.</summary>
    public static DrugMasterChanges Between(IReadOnlyDictionary<string, Drug> stored, IEnumerable<DrugMasterRecord> records)
    {
        List<Drug> added = [];
        List<Drug> changed = [];
        List<string> deleted = [];
        var discontinued = 0;
        var unchanged = 0;
        foreach (var (change, drug) in records)
        {
            var before = stored.GetValueOrDefault(drug.ReceiptCode);
            if (change == MasterChange.Deleted)
            {
                if (before is not null)
                {
                    deleted.Add(drug.ReceiptCode);
                }
            }
            else if (before is null)
            {
                added.Add(drug);
            }
            else if (before == drug)
            {
                unchanged++;
            }
            else
            {
                changed.Add(drug);
                discontinued += before.DiscontinuedOn is null && drug.DiscontinuedOn is not null ? 1 : 0;
            }
        }

        return new DrugMasterChanges(added, changed, deleted, discontinued, unchanged);
    }
}
