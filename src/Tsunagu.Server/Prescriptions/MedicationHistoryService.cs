using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.People;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// 薬剤情報の閲覧: a patient's prescriptions and dispensings across facilities, only with their medication consent at the
/// calling facility or an emergency access (救急時医療情報閲覧). Every access — allowed, denied or not found — is audited
/// with its basis, and each one shown is counted as a medication view.
/// </summary>
public sealed class MedicationHistoryService(PatientResolver patients, ConsentService consents, MedicationHistoryStore history, UsageCounter usage, AuditTrail audit, TimeProvider clock)
{
    public const string Action = "medications.read";

    /// <summary>How far back the history goes unless asked otherwise (MHLW: 3 years, moving to 5).</summary>
    public const int DefaultYears = 3;

    public async Task<(MedicationHistoryResponse? History, IReadOnlyList<FieldError> Errors)> ReadAsync(
        PatientIdentifiers patient, string? from, string? to, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var today = JapanTime.DateOf(now);
        var reader = new FieldReader();
        var last = reader.Date(to, "to") ?? today;
        var first = reader.Date(from, "from") ?? last.AddYears(-DefaultYears);
        reader.Ordered(first, last, "to");
        var (match, errors) = await patients.ResolveAsync(patient, cancellationToken);
        reader.AddRange(errors);
        if (reader.HasErrors)
        {
            await audit.RecordAsync(RxEvents.Of(caller, now, null, Action, AuditOutcome.Rejected, reader.Errors[0].Error.Code), cancellationToken);
            return (null, reader.Errors);
        }

        if (PatientResolver.Failure(match!) is { } failure)
        {
            await audit.RecordAsync(new AuditEvent(now, caller.Organization, caller.ClientId, null, match!.Key.MemberId, Action, AuditReason.Care, AuditOutcome.NotFound, failure.Error.Code), cancellationToken);
            return (null, [failure]);
        }

        var person = match!.PersonId;
        var basis = await consents.BasisAsync(caller.Organization, person, ConsentScope.Medication, cancellationToken);
        if (basis is null)
        {
            await audit.RecordAsync(RxEvents.Of(caller, now, person, Action, AuditOutcome.Denied, RxRequestErrors.NoConsent.Code), cancellationToken);
            return (null, [new FieldError(RxRequestErrors.NoConsent, "consent")]);
        }

        var records = await history.ForPersonAsync(person, first, last, cancellationToken);
        await audit.RecordAsync(RxEvents.Of(caller, now, person, Action, AuditOutcome.Success, $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}: {records.Count} lines", basis.Value), cancellationToken);
        usage.Count(caller.Role, caller.Organization, UsageMetrics.ViewMedication);
        return (new MedicationHistoryResponse(
            first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            basis == AuditReason.Emergency ? "emergency" : "consent",
            HistoryViews.Documents(records, MedicationRecordKind.Prescription), HistoryViews.Documents(records, MedicationRecordKind.Dispensing)), []);
    }
}
