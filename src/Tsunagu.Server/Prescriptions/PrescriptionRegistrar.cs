using System.Text.Json;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// 処方箋登録 (EPS-IF-201/401): reads the document (verifying an electronic prescription's HPKI signature), checks that it
/// is the caller's, that its patient is one person and every drug a current code of the master, runs the
/// 重複投薬等チェック, then stores it with a fresh 引換番号 and its medication-history lines in one group-committed write.
/// </summary>
public sealed class PrescriptionRegistrar(PrescriptionDocuments documents, DocumentPatients patients, DrugCatalogSource catalogs, MedicationCheckService checks, RxWrites writes)
{
    public const string Action = "prescriptions.register";

    public async Task<RxAnswer> RegisterAsync(RegistrationInput input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        if (await writes.EarlierAsync(input.Key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var today = writes.Today;
        var read = documents.ReadPrescription(input.Body, input.MediaType);
        if (!read.IsValid)
        {
            return await writes.RefuseAsync(caller, Action, null, read.Errors, cancellationToken);
        }

        var document = read.Value!;
        var issueType = input.IssueType ?? (document.Signer is null ? IssueType.Paper : IssueType.Electronic);
        if (Refusal(document, issueType, input.Inpatient, caller, today) is { } refusal)
        {
            return await writes.RefuseAsync(caller, Action, null, [refusal], cancellationToken);
        }

        var options = new CheckOptions(today, caller.Organization, input.IncludeOwn, issueType == IssueType.InHouse ? document.Content.IssueDate : null);
        var (patient, unknown) = await patients.ResolveWithHistoryAsync(
            document.Content.Insurance, document.Content.Patient, MedicationCheckService.HistorySince(options.CheckDate), cancellationToken);
        if (patient is null)
        {
            return await writes.RefuseAsync(caller, Action, null, unknown, cancellationToken);
        }

        var catalog = await catalogs.CurrentAsync(cancellationToken);
        var drugs = PrescribedDrugs.Resolve(catalog.Master, document.Content.Rps, document.Content.IssueDate);
        if (!drugs.IsValid)
        {
            return await writes.RefuseAsync(caller, Action, patient.PersonId, drugs.Errors, cancellationToken);
        }

        var outcome = await checks.CheckAsync(patient, caller.Role, CheckedDrug.Of(drugs.Value!), catalog, options, cancellationToken: cancellationToken);
        var registration = Registration.Of(patient.PersonId, document, issueType, input, drugs.Value!, outcome, caller, writes.Now, today);
        return await writes.WriteAsync(input.Key, registration.Insert.Opening, write => StoreAsync(write, registration), cancellationToken);
    }

    /// <summary>Refuses a request whose query or headers are malformed, before its document is read; audited like every refusal.</summary>
    public Task<RxAnswer> RefuseAsync(FieldError error, Caller caller, CancellationToken cancellationToken = default) =>
        writes.RefuseAsync(caller, Action, null, [error], cancellationToken);

    /// <summary>Why the document may not be registered as <paramref name="issueType"/> by the caller today, or null.</summary>
    private static FieldError? Refusal(DocumentRead<Prescription> document, IssueType issueType, bool inpatient, Caller caller, DateOnly today)
    {
        var prescription = document.Content;
        if (prescription.Facility.Code != caller.Organization)
        {
            return new FieldError(PrescriptionErrors.FacilityMismatch, "facility", Detail: prescription.Facility.Code);
        }

        if (issueType == IssueType.Electronic && document.Signer is null)
        {
            return new FieldError(PrescriptionErrors.SignatureRequired, "body", Detail: "send the prescription inside the doctor's signed XML envelope (application/xml)");
        }

        if (inpatient && issueType != IssueType.InHouse)
        {
            return new FieldError(InputErrors.BadFormat, "inpatient", Detail: "only an in-house order (issueType=inhouse) is inpatient");
        }

        var lastDay = PrescriptionTerms.LastDay(prescription);
        return prescription.IssueDate > today || (issueType != IssueType.InHouse && lastDay < today)
            ? new FieldError(PrescriptionErrors.IssueDate, "issueDate", Detail: $"issued {prescription.IssueDate:yyyy-MM-dd}, usable through {lastDay:yyyy-MM-dd}, today {today:yyyy-MM-dd}")
            : null;
    }

    private async Task<GroupWrite<RxAnswer>> StoreAsync(WriteTransaction write, Registration r)
    {
        var stored = r.Stored;
        var accessCode = await r.Insert.RunAsync(write);
        var status = StatusView.Of(stored.Id, stored.State, r.Today);
        var response = new RegistrationResponse(stored.Id, accessCode, status.IssueType, status.Status, status.StatusJa, stored.State.UsesTotal, status.Window, r.Outcome.Issues);
        var body = JsonSerializer.SerializeToUtf8Bytes(response, PrescriptionJson.Readable.RegistrationResponse);
        writes.Count(r.Caller, PrescriptionMetrics.RegisterPrefix + status.IssueType);
        var detail = $"{status.IssueType} {stored.Id}: {r.History.Count} drugs, {r.Outcome.Summary}";
        return GroupWrite<RxAnswer>.Kept(
            RxAnswer.Of(new StoredAnswer([], StatusCodes.Status201Created, $"/prescriptions/{stored.Id}", body)),
            RxEvents.Of(r.Caller, r.Now, stored.PersonId, Action, AuditOutcome.Success, detail));
    }

    /// <summary>
    /// Everything the write needs, read, checked and made before it: the group writer runs one unit at a time, so work
    /// that does not depend on the write (the stored row and its JSON, the history lines) is done here, in parallel.
    /// </summary>
    private sealed record Registration(NewPrescription Stored, IReadOnlyList<MedicationRecord> History, PrescriptionInsert Insert, CheckOutcome Outcome, Caller Caller, DateTimeOffset Now, DateOnly Today)
    {
        public static Registration Of(
            long personId, DocumentRead<Prescription> document, IssueType issueType, RegistrationInput input,
            IReadOnlyList<PrescribedDrug> drugs, CheckOutcome outcome, Caller caller, DateTimeOffset now, DateOnly today)
        {
            var id = Guid.CreateVersion7().ToString("N");
            var content = document.Content;
            var state = PrescriptionState.Registered(content, issueType);
            var stored = new NewPrescription(id, personId, state, input.Inpatient, document.Signer?.Name, input.MediaType, content, input.Body);
            var history = MedicationRecords.ForPrescription(id, content, drugs, state, input.Inpatient);
            return new Registration(stored, history, new PrescriptionInsert(stored, history, AccessCodes.New, now), outcome, caller, now, today);
        }
    }
}
