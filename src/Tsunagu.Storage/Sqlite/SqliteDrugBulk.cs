using Tsunagu.Domain.Drugs;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Sqlite;

/// <summary>SQLite's fast path for drug imports: one prepared statement per operation, rebound for each row, in the caller's transaction.</summary>
internal sealed class SqliteDrugBulk : IDrugBulk
{
    private static readonly string Assignments = string.Join(", ", DrugColumns.List.Split(", ").Skip(1).Zip(DrugColumns.Parameters.Skip(1), (c, p) => $"{c} = @{p}"));

    public Task InsertDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        RunAsync(write, $"INSERT INTO drugs ({DrugColumns.List}, updated_at) VALUES ({string.Join(", ", DrugColumns.Parameters.Select(p => "@" + p))}, @at)",
            [.. DrugColumns.Parameters, "at"], drugs, d => [.. DrugColumns.Values(d), at], written, cancellationToken);

    public Task UpdateDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        RunAsync(write, $"UPDATE drugs SET {Assignments}, updated_at = @at WHERE receipt_code = @code",
            [.. DrugColumns.Parameters, "at"], drugs, d => [.. DrugColumns.Values(d), at], written, cancellationToken);

    public Task DeleteDrugsAsync(WriteTransaction write, IReadOnlyList<string> receiptCodes, CancellationToken cancellationToken) =>
        RunAsync(write, "DELETE FROM drugs WHERE receipt_code = @code", ["code"], receiptCodes, c => [c], null, cancellationToken);

    public Task UpsertPriceListAsync(WriteTransaction write, IReadOnlyList<PriceListItem> items, DateTimeOffset at, CancellationToken cancellationToken) =>
        RunAsync(write,
            "INSERT INTO price_list_items (code, route, ingredient, product_name, updated_at) VALUES (@code, @route, @ingredient, @product, @at) " +
            "ON CONFLICT (code) DO UPDATE SET route = excluded.route, ingredient = excluded.ingredient, product_name = excluded.product_name, updated_at = excluded.updated_at",
            ["code", "route", "ingredient", "product", "at"], items, i => [i.Code, (int)i.Route, i.Ingredient, i.ProductName, at], null, cancellationToken);

    public Task InsertInteractionsAsync(WriteTransaction write, IReadOnlyList<Interaction> interactions, CancellationToken cancellationToken) =>
        RunAsync(write, "INSERT INTO interactions (drug_a, drug_b, level) VALUES (@a, @b, @level)",
            ["a", "b", "level"], interactions, i => [i.DrugA, i.DrugB, InteractionLevels.Name(i.Level)], null, cancellationToken);

    private static async Task RunAsync<T>(
        WriteTransaction write, string sql, string[] parameters, IReadOnlyList<T> rows, Func<T, object?[]> values, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = write.Command(sql);
        foreach (var name in parameters)
        {
            command.With(name, null);
        }

        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = values(rows[i]);
            for (var p = 0; p < parameters.Length; p++)
            {
                command.Set(parameters[p], row[p] is DateTimeOffset instant ? instant.ToUnixTimeMilliseconds() : row[p]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            BulkProgress.Tick(written, i + 1, rows.Count);
        }
    }
}
