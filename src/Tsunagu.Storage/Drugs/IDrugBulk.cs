using Tsunagu.Domain.Drugs;

namespace Tsunagu.Storage.Drugs;

/// <summary>The engine-specific fast paths of drug imports: prepared statements on SQLite, binary COPY and arrays on PostgreSQL.</summary>
internal interface IDrugBulk
{
    /// <param name="written">Told how many rows were written since it was last told, every few thousand rows.</param>
    Task InsertDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken);

    Task UpdateDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken);

    Task DeleteDrugsAsync(WriteTransaction write, IReadOnlyList<string> receiptCodes, CancellationToken cancellationToken);

    /// <summary>Inserts the items, replacing stored ones with the same 薬価基準 code.</summary>
    Task UpsertPriceListAsync(WriteTransaction write, IReadOnlyList<PriceListItem> items, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Inserts interactions into the (emptied) table.</summary>
    Task InsertInteractionsAsync(WriteTransaction write, IReadOnlyList<Interaction> interactions, CancellationToken cancellationToken);
}
