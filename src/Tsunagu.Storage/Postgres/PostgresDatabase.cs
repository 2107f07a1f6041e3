using System.Data.Common;
using Npgsql;

namespace Tsunagu.Storage.Postgres;

/// <summary>
/// PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>; statements are prepared automatically. A connection
/// goes back to the pool without a session reset: Tsunagu keeps no session state (settings are SET LOCAL, locks are
/// transaction locks), and the reset — seven statements in one more round trip per open — doubled the work of a
/// read-only eligibility check.
/// </summary>
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

        builder.NoResetOnClose = true;

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
