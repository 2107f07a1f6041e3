using System.Data.Common;
using Npgsql;

namespace Tsunagu.Storage.Postgres;

/// <summary>PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>; statements are prepared automatically.</summary>
public sealed class PostgresDatabase : Database
{
    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public override SqlDialect Dialect { get; } = new PostgresDialect();

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    public override async ValueTask<WriteTransaction> BeginWriteAsync(WriteDurability durability, CancellationToken cancellationToken = default)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var write = new WriteTransaction(connection, transaction, release: null);
        if (durability == WriteDurability.Committed)
        {
            await using var relax = write.Command("SET LOCAL synchronous_commit = off");
            await relax.ExecuteNonQueryAsync(cancellationToken);
        }

        return write;
    }

    public override ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
