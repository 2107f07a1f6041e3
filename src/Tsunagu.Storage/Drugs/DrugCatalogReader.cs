using System.Data.Common;
using Tsunagu.Domain.Drugs;

namespace Tsunagu.Storage.Drugs;

/// <summary>Reads the stored drug tables whole: they are small (the national master has about 22,000 rows).</summary>
internal static class DrugCatalogReader
{
    public static Task<List<Drug>> DrugsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        ReadAsync(connection, transaction, $"SELECT {DrugColumns.List} FROM drugs", DrugColumns.Read, cancellationToken);

    public static Task<List<PriceListItem>> PriceListAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadAsync(connection, null, "SELECT code, route, ingredient, product_name FROM price_list_items",
            r => new PriceListItem(r.GetString(0), (AdministrationRoute)r.GetInt32(1), r.GetString(2), r.GetString(3)), cancellationToken);

    public static Task<List<Interaction>> InteractionsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadAsync(connection, null, "SELECT drug_a, drug_b, level FROM interactions",
            r => new Interaction(r.GetString(0), r.GetString(1), InteractionLevels.Parse(r.GetString(2))!.Value), cancellationToken);

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
