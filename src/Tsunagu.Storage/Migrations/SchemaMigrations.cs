using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>Every migration of the schema, oldest first. A migration, once released, is never edited: add a new one.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        M0001Foundation.Migration,
        M0002Eligibility.Migration,
        M0003Drugs.Migration,
        M0004Prescriptions.Migration,
        M0005FastCompression.Migration,
    ];
}
