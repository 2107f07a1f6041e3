using System.Data.Common;
using System.Text.Json;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>The columns of <c>prescriptions</c> a <see cref="StoredPrescription"/> is read from, and how.</summary>
internal static class PrescriptionColumns
{
    public const string Read =
        "id, person_id, facility_code, issue_type, status, access_code, holder_code, issue_date, window_from, window_to, " +
        "uses_total, uses_done, inpatient, signer, media_type, content, created_at, updated_at";

    public static StoredPrescription From(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        reader.GetString(2),
        new PrescriptionState(
            IssueTypes.Parse(reader.GetString(3))!.Value,
            PrescriptionStatuses.Parse(reader.GetString(4)),
            reader.GetInt32(10),
            reader.GetInt32(11),
            new UseWindow(reader.Date(8), reader.Date(9)),
            reader.NullableString(6)),
        reader.NullableString(5),
        reader.GetBoolean(12),
        reader.NullableString(13),
        reader.GetString(14),
        JsonSerializer.Deserialize(reader.GetString(15), StorageJson.Default.Prescription)!,
        reader.Instant(16),
        reader.Instant(17));

    /// <summary>Binds the state columns (<c>@issue_type</c> … <c>@holder</c>) of a prescription's state.</summary>
    public static DbCommand WithState(this DbCommand command, PrescriptionState state) => command
        .With("issue_type", IssueTypes.Name(state.IssueType))
        .With("status", PrescriptionStatuses.Name(state.Status))
        .With("uses_total", state.UsesTotal)
        .With("uses_done", state.UsesDone)
        .With("window_from", state.Window.From)
        .With("window_to", state.Window.To)
        .With("holder", state.Holder);
}
