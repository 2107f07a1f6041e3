using System.Data.Common;
using System.Globalization;

namespace Tsunagu.Storage.Drugs;

/// <summary>
/// The drug_catalog table: one row per imported part with its source and a version. Every import sets its part's
/// version above every other, so the catalog's version — the highest — changes with each import and costs one
/// indexed read to check.
/// </summary>
internal static class DrugCatalogParts
{
    public const string Master = "drug-master";
    public const string PriceList = "price-list";
    public const string Interactions = "interactions";

    /// <summary>Records an import of <paramref name="part"/> and returns the catalog's new version.</summary>
    public static async Task<long> BumpAsync(WriteTransaction write, string part, string source, long rows, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = write.Command(
                "INSERT INTO drug_catalog (part, version, source, row_count, imported_at) " +
                "VALUES (@part, (SELECT COALESCE(MAX(version), 0) + 1 FROM drug_catalog), @source, @rows, @at) " +
                "ON CONFLICT (part) DO UPDATE SET version = excluded.version, source = excluded.source, row_count = excluded.row_count, imported_at = excluded.imported_at " +
                "RETURNING version")
            .With("part", part).With("source", source).With("rows", rows).With("at", at);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The catalog's version: 0 before any import.</summary>
    public static async Task<long> VersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM drug_catalog");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Where the stored interaction table came from, or null when none was imported.</summary>
    public static async Task<string?> InteractionSourceAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT source FROM drug_catalog WHERE part = @part").With("part", Interactions);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
