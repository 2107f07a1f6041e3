using System.Data.Common;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// Registered prescriptions. Every change of state is one conditional UPDATE that names the state it expects, so two
/// pharmacies (or two server instances) racing for the same prescription cannot both win.
/// </summary>
public sealed class PrescriptionStore(Database database)
{
    /// <summary>Inserts a prescription unless its id or 引換番号 is taken (then no row).</summary>
    internal const string Insert =
        "INSERT INTO prescriptions (id, person_id, facility_code, issue_type, status, access_code, holder_code, issue_date, window_from, window_to, " +
        "uses_total, uses_done, inpatient, signer, media_type, content, raw, created_at, updated_at) VALUES (@id, @person, @facility, @issue_type, @status, " +
        "@code, @holder, @issue_date, @window_from, @window_to, @uses_total, @uses_done, @inpatient, @signer, @media_type, @content, @raw, @at, @at) " +
        "ON CONFLICT DO NOTHING";

    /// <summary>The prescription with this id, or null.</summary>
    public async Task<StoredPrescription?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {PrescriptionColumns.Read} FROM prescriptions WHERE id = @id").With("id", id);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The prescription with this id, read inside a write and locked until it ends (<see cref="WriteTransaction.ForUpdate"/>).</summary>
    public static async Task<StoredPrescription?> FindAsync(WriteTransaction write, string id)
    {
        ArgumentNullException.ThrowIfNull(write);
        var command = write.Kept(write.ForUpdate($"SELECT {PrescriptionColumns.Read} FROM prescriptions WHERE id = @id")).With("id", id);
        return await ReadOneAsync(command, CancellationToken.None);
    }

    /// <summary>The prescription a 引換番号 opens for this person, read inside a write; null for a wrong code or a wrong person alike.</summary>
    public static async Task<StoredPrescription?> FindByAccessCodeAsync(WriteTransaction write, string accessCode, long personId)
    {
        var command = write.Kept($"SELECT {PrescriptionColumns.Read} FROM prescriptions WHERE access_code = @code AND person_id = @person")
            .With("code", accessCode).With("person", personId);
        return await ReadOneAsync(command, CancellationToken.None);
    }

    /// <summary>
    /// 受付: locks the prescription to <paramref name="pharmacy"/> in one conditional UPDATE — only a registered
    /// prescription of this person whose use window holds <paramref name="today"/> — and returns it; null when nothing matched.
    /// </summary>
    public static async Task<StoredPrescription?> ReceiveAsync(WriteTransaction write, string accessCode, long personId, string pharmacy, DateOnly today, DateTimeOffset at)
    {
        var command = write.Kept(
                "UPDATE prescriptions SET status = @dispensing, holder_code = @pharmacy, updated_at = @at " +
                "WHERE access_code = @code AND person_id = @person AND status = @registered AND window_from <= @today AND window_to >= @today " +
                $"RETURNING {PrescriptionColumns.Read}")
            .With("dispensing", PrescriptionStatuses.Name(PrescriptionStatus.Dispensing)).With("pharmacy", pharmacy).With("at", at)
            .With("code", accessCode).With("person", personId).With("registered", PrescriptionStatuses.Name(PrescriptionStatus.Registered)).With("today", today);
        return await ReadOneAsync(command, CancellationToken.None);
    }

    /// <summary>
    /// Moves a prescription from <paramref name="from"/> to <paramref name="to"/> if it is still exactly in <paramref name="from"/>;
    /// its 引換番号 is cleared when <paramref name="to"/> is no longer live. False when another change came first.
    /// </summary>
    public static async Task<bool> TransitionAsync(WriteTransaction write, string id, PrescriptionState from, PrescriptionState to, DateTimeOffset at)
    {
        var command = write.Kept(
                "UPDATE prescriptions SET status = @status, holder_code = @holder, uses_done = @uses_done, window_from = @window_from, window_to = @window_to, " +
                "access_code = CASE WHEN @live THEN access_code ELSE NULL END, updated_at = @at " +
                "WHERE id = @id AND status = @from_status AND uses_done = @from_uses AND COALESCE(holder_code, '') = @from_holder")
            .WithState(to).With("live", to.IsLive).With("at", at).With("id", id)
            .With("from_status", PrescriptionStatuses.Name(from.Status)).With("from_uses", from.UsesDone).With("from_holder", from.Holder ?? string.Empty);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>Marks registered prescriptions whose window closed before <paramref name="today"/> expired, freeing their 引換番号.</summary>
    public async Task<int> ExpireAsync(DateOnly today, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        int expired;
        await using (var command = write.Command(
            "UPDATE prescriptions SET status = @expired, access_code = NULL, updated_at = @at WHERE status = @registered AND window_to < @today")
            .With("expired", PrescriptionStatuses.Name(PrescriptionStatus.Expired)).With("at", at)
            .With("registered", PrescriptionStatuses.Name(PrescriptionStatus.Registered)).With("today", today))
        {
            expired = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        return expired;
    }

    /// <summary>A command of <paramref name="sql"/> with the prescription's columns bound, its 引換番号 <paramref name="code"/>.</summary>
    internal static DbCommand Bound(WriteTransaction write, string sql, NewPrescription prescription, string? code, DateTimeOffset at) =>
        write.Kept(sql)
            .With("id", prescription.Id).With("person", prescription.PersonId).With("facility", prescription.Content.Facility.Code)
            .WithState(prescription.State).With("code", code).With("issue_date", prescription.Content.IssueDate)
            .With("inpatient", prescription.Inpatient).With("signer", prescription.Signer).With("media_type", prescription.MediaType)
            .With("content", prescription.ContentJson).With("raw", prescription.Raw).With("at", at);

    private static async Task<StoredPrescription?> ReadOneAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? PrescriptionColumns.From(reader) : null;
    }
}
