using System.Data.Common;

namespace Tsunagu.Storage.Eligibility;

/// <summary>Bulk pre-check jobs: stored when accepted, so that they finish even after a restart.</summary>
public sealed class BulkCheckStore(Database database)
{
    private const string Columns = "id, facility_code, client_id, facility_kind, status, query_count, queries, results, created_at, completed_at";

    public async Task CreateAsync(BulkCheckJob job, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var command = write.Command(
                $"INSERT INTO bulk_checks ({Columns}) VALUES (@id, @facility, @client, @kind, @status, @count, @queries, NULL, @created, NULL)")
            .With("id", job.Id).With("facility", job.FacilityCode).With("client", job.ClientId).With("kind", job.FacilityKind)
            .With("status", job.Status).With("count", job.QueryCount).With("queries", job.Queries).With("created", job.CreatedAt))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }

    public async Task CompleteAsync(string id, string results, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var command = write.Command("UPDATE bulk_checks SET status = @status, results = @results, completed_at = @at WHERE id = @id")
            .With("status", BulkCheckJob.Done).With("results", results).With("at", at).With("id", id))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }

    /// <summary>The ids of jobs not yet done, oldest first (the worker resumes them after a restart).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT id FROM bulk_checks WHERE status = @status ORDER BY created_at").With("status", BulkCheckJob.Pending);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>A job by id, or null.</summary>
    public async Task<BulkCheckJob?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM bulk_checks WHERE id = @id").With("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static BulkCheckJob Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
        reader.GetString(6), reader.NullableString(7), reader.Instant(8), reader.NullableInstant(9));
}
