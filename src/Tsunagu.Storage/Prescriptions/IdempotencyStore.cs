using System.Data.Common;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// Answers to requests sent with an Idempotency-Key, by client and key. An answer is stored in the same transaction as
/// the write it reports, so a retry finds either both or neither.
/// </summary>
public sealed class IdempotencyStore(Database database)
{
    private const string Select = "SELECT request_hash, status, location, body FROM idempotency_keys WHERE client_id = @client AND idempotency_key = @key";

    public async Task<StoredAnswer?> FindAsync(string clientId, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(Select).With("client", clientId).With("key", key);
        return await ReadAsync(command, cancellationToken);
    }

    public static async Task<StoredAnswer?> FindAsync(WriteTransaction write, string clientId, string key)
    {
        var command = write.Kept(Select).With("client", clientId).With("key", key);
        return await ReadAsync(command, CancellationToken.None);
    }

    /// <summary>Stores the answer; false when the key was taken meanwhile (by a concurrent retry on another instance).</summary>
    public static async Task<bool> InsertAsync(WriteTransaction write, string clientId, string key, StoredAnswer answer, DateTimeOffset at)
    {
        var command = write.Kept(
                "INSERT INTO idempotency_keys (client_id, idempotency_key, request_hash, status, location, body, created_at) " +
                "VALUES (@client, @key, @hash, @status, @location, @body, @at) ON CONFLICT DO NOTHING")
            .With("client", clientId).With("key", key).With("hash", answer.RequestHash).With("status", answer.Status)
            .With("location", answer.Location).With("body", answer.Body).With("at", at);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>Forgets answers stored before <paramref name="before"/>.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        int purged;
        await using (var command = write.Command("DELETE FROM idempotency_keys WHERE created_at < @before").With("before", before))
        {
            purged = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        return purged;
    }

    private static async Task<StoredAnswer?> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredAnswer(reader.GetFieldValue<byte[]>(0), reader.GetInt32(1), reader.NullableString(2), reader.GetFieldValue<byte[]>(3))
            : null;
    }
}
