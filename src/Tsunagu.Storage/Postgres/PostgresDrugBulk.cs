using Npgsql;
using NpgsqlTypes;
using Tsunagu.Domain.Drugs;
using Tsunagu.Storage.Drugs;

namespace Tsunagu.Storage.Postgres;

/// <summary>PostgreSQL's fast path for drug imports: inserts by binary COPY, updates, deletes and upserts against parameter arrays.</summary>
internal sealed class PostgresDrugBulk : IDrugBulk
{
    private static readonly NpgsqlDbType[] DrugTypes =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Date,
    ];

    /// <summary>The drug columns, then updated_at.</summary>
    private static readonly NpgsqlDbType[] CopyTypes = [.. DrugTypes, NpgsqlDbType.Bigint];

    public async Task InsertDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (drugs.Count == 0)
        {
            return;
        }

        var updatedAt = at.ToUnixTimeMilliseconds();
        await PostgresCopy.WriteRowsAsync(
            (NpgsqlConnection)write.Connection, $"COPY drugs ({DrugColumns.List}, updated_at) FROM STDIN (FORMAT BINARY)", drugs.Count,
            i => [.. DrugColumns.Values(drugs[i]), updatedAt], CopyTypes, written, cancellationToken);
    }

    public async Task UpdateDrugsAsync(WriteTransaction write, IReadOnlyList<Drug> drugs, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (drugs.Count == 0)
        {
            return;
        }

        var columns = DrugColumns.List.Split(", ");
        var assignments = string.Join(", ", columns.Skip(1).Select(c => $"{c} = u.{c}"));
        await using var command = (NpgsqlCommand)write.Command(
            $"UPDATE drugs d SET {assignments}, updated_at = @at FROM unnest({string.Join(", ", DrugColumns.Parameters.Select(p => "@" + p))}) " +
            $"AS u({DrugColumns.List}) WHERE d.receipt_code = u.receipt_code");
        var rows = drugs.Select(DrugColumns.Values).ToList();
        for (var c = 0; c < columns.Length; c++)
        {
            command.Parameters.Add(new NpgsqlParameter(DrugColumns.Parameters[c], Column(rows, c)));
        }

        command.Parameters.Add(new NpgsqlParameter<long>("at", at.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
        written?.Report(drugs.Count);
    }

    public async Task DeleteDrugsAsync(WriteTransaction write, IReadOnlyList<string> receiptCodes, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)write.Command("DELETE FROM drugs WHERE receipt_code = ANY(@codes)");
        command.Parameters.Add(new NpgsqlParameter<string[]>("codes", [.. receiptCodes]));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpsertPriceListAsync(WriteTransaction write, IReadOnlyList<PriceListItem> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)write.Command(
            "INSERT INTO price_list_items (code, route, ingredient, product_name, updated_at) " +
            "SELECT u.code, u.route, u.ingredient, u.product_name, @at FROM unnest(@code, @route, @ingredient, @product) AS u(code, route, ingredient, product_name) " +
            "ON CONFLICT (code) DO UPDATE SET route = excluded.route, ingredient = excluded.ingredient, product_name = excluded.product_name, updated_at = excluded.updated_at");
        command.Parameters.Add(new NpgsqlParameter<string[]>("code", [.. items.Select(i => i.Code)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("route", [.. items.Select(i => (int)i.Route)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("ingredient", [.. items.Select(i => i.Ingredient)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("product", [.. items.Select(i => i.ProductName)]));
        command.Parameters.Add(new NpgsqlParameter<long>("at", at.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertInteractionsAsync(WriteTransaction write, IReadOnlyList<Interaction> interactions, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)write.Connection;
        await using var importer = await connection.BeginBinaryImportAsync("COPY interactions (drug_a, drug_b, level) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var interaction in interactions)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(interaction.DrugA, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(interaction.DrugB, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(InteractionLevels.Name(interaction.Level), NpgsqlDbType.Text, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>One column of the rows as a typed array, which Npgsql sends as a PostgreSQL array.</summary>
    private static Array Column(List<object?[]> rows, int column) => DrugTypes[column] switch
    {
        NpgsqlDbType.Bigint => rows.Select(r => (long)r[column]!).ToArray(),
        NpgsqlDbType.Integer => rows.Select(r => (int)r[column]!).ToArray(),
        NpgsqlDbType.Date => rows.Select(r => (DateOnly?)r[column]).ToArray(),
        _ => rows.Select(r => (string?)r[column]).ToArray(),
    };
}
