namespace Tsunagu.Storage.Drugs;

/// <summary>What an import of the 医薬品マスター did, and the catalog version it produced.</summary>
/// <param name="Discontinued">Stored drugs that gained a 廃止年月日.</param>
/// <param name="Deleted">Stored drugs removed by rows marked 抹消.</param>
/// <param name="PriceListItems">薬価基準 list items imported with the master (0 when none were given).</param>
public sealed record DrugImportCounts(int Added, int Changed, int Discontinued, int Deleted, int Unchanged, int PriceListItems, long Version);
