namespace Tsunagu.Storage.Eligibility;

/// <summary>
/// Links of My Number card certificates (JPKI-like) to persons, made once by an insurer. A certificate is identified by
/// the SHA-256 of its DER encoding; the card's 個人番号 is never seen or stored.
/// </summary>
public sealed class CardLinkStore(Database database)
{
    /// <summary>Links (or re-links) a certificate to a person.</summary>
    public static async Task LinkAsync(WriteTransaction write, string certificateId, long personId, string insurerNumber, string subject, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = write.Command(
                "INSERT INTO card_links (certificate_id, person_id, insurer_number, subject, linked_at) VALUES (@id, @person, @insurer, @subject, @at) " +
                "ON CONFLICT (certificate_id) DO UPDATE SET person_id = excluded.person_id, insurer_number = excluded.insurer_number, subject = excluded.subject, linked_at = excluded.linked_at")
            .With("id", certificateId).With("person", personId).With("insurer", insurerNumber).With("subject", subject).With("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The person a certificate is linked to, or null.</summary>
    public async Task<long?> FindPersonAsync(string certificateId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT person_id FROM card_links WHERE certificate_id = @id").With("id", certificateId);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
