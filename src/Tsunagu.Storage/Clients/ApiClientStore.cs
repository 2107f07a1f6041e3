namespace Tsunagu.Storage.Clients;

/// <summary>API clients by id.</summary>
public sealed class ApiClientStore(Database database)
{
    public static async Task InsertAsync(WriteTransaction write, ApiClient client, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = write.Command(
                "INSERT INTO clients (client_id, organization_code, role, secret_hash, created_at) VALUES (@id, @org, @role, @hash, @at)")
            .With("id", client.ClientId)
            .With("org", client.OrganizationCode)
            .With("role", client.Role)
            .With("hash", client.SecretHash)
            .With("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates or replaces a client's secret hash (the built-in admin client follows TSUNAGU_ADMIN_SECRET).</summary>
    public async Task UpsertAsync(ApiClient client, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var command = write.Command(
                "INSERT INTO clients (client_id, organization_code, role, secret_hash, created_at) VALUES (@id, @org, @role, @hash, @at) " +
                "ON CONFLICT (client_id) DO UPDATE SET secret_hash = excluded.secret_hash, role = excluded.role")
            .With("id", client.ClientId)
            .With("org", client.OrganizationCode)
            .With("role", client.Role)
            .With("hash", client.SecretHash)
            .With("at", at))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }

    public async Task<ApiClient?> GetAsync(string clientId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT client_id, organization_code, role, secret_hash FROM clients WHERE client_id = @id")
            .With("id", clientId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ApiClient(reader.GetString(0), reader.NullableString(1), reader.GetString(2), (byte[])reader.GetValue(3))
            : null;
    }
}
