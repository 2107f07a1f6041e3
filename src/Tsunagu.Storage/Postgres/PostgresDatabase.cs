using System.Data.Common;
using Npgsql;

namespace Tsunagu.Storage.Postgres;

/// <summary>
/// PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>; statements are prepared automatically (64 kept per
/// connection, from their second use, unless the connection string sets either). A connection
/// goes back to the pool without a session reset: Tsunagu changes no session state (a pool's settings are given when its
/// connections start, locks are transaction locks), and the reset — seven statements in one more round trip per open —
/// doubled the work of a read-only eligibility check. Writes that need not wait for the disk flush
/// (<see cref="WriteDurability.Committed"/>) take their connections from a second pool whose sessions start with
/// <c>synchronous_commit = off</c>, so they spend no round trip on a <c>SET LOCAL</c>. A failed batch names its failing
/// command, which tells the group writer whose opening failed (<see cref="UnitOpening"/>). Unless the connection string
/// says otherwise, each pool holds <see cref="DefaultMaxPoolSize"/> connections and multiplexes statements run outside a
/// transaction over them (ADR 0010).
/// </summary>
public sealed class PostgresDatabase : Database
{
    /// <summary>
    /// Each pool's size unless the connection string gives one: four connections per core, at least ten. Npgsql's 100
    /// let 32 concurrent prescription checks keep as many backends busy on two cores; ten did ≈ 23 % more checks a second
    /// with a lower p99 (alternating runs), and no request holds two connections of one pool, so a small pool only queues.
    /// </summary>
    public static readonly int DefaultMaxPoolSize = Math.Max(10, 4 * Environment.ProcessorCount);

    private readonly NpgsqlDataSource unflushed;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!Gives(given, "Max Auto Prepare", nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Gives(given, "Auto Prepare Min Usages", nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages)))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Gives(given, "Maximum Pool Size", nameof(NpgsqlConnectionStringBuilder.MaxPoolSize)))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!Gives(given, nameof(NpgsqlConnectionStringBuilder.Multiplexing)))
        {
            builder.Multiplexing = true;
        }

        builder.NoResetOnClose = true;
        builder.IncludeFailedBatchedCommand = true;

        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        unflushed = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public override SqlDialect Dialect { get; } = new PostgresDialect();

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    public override async ValueTask<WriteTransaction> BeginWriteAsync(WriteDurability durability, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(durability, cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return new WriteTransaction(connection, transaction, release: null, roundTrips: true);
    }

    /// <summary>A connection whose statements outside a transaction commit with <paramref name="durability"/>.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(WriteDurability durability, CancellationToken cancellationToken = default) =>
        (durability == WriteDurability.Committed ? unflushed : DataSource).OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// <c>VACUUM (ANALYZE)</c> over the database: freshly copied rows have no planner statistics, no visibility map and
    /// no hint bits, and autovacuum otherwise comes for them (a 10-million-row history took it 23 s, throttled) while the
    /// service runs — the 1-million-person demo's prescription check fell from ≈ 3,400 to ≈ 2,300 checks/s for as long.
    /// Run here, unthrottled, it takes seconds.
    /// </summary>
    public override async Task SettleAfterBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await unflushed.DisposeAsync();
        await DataSource.DisposeAsync();
    }

    /// <summary>Whether the connection string as given sets the setting, under any of its <paramref name="names"/>.</summary>
    private static bool Gives(DbConnectionStringBuilder given, params string[] names) => names.Any(given.ContainsKey);
}
