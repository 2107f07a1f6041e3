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
/// 調剤結果登録 (EPS-IF-307): a pharmacy registers what it dispensed — for an electronic prescription it holds, by
/// 処方箋ID and with the pharmacist's HPKI signature; for a paper one, by the patient's identifiers and unsigned. The
/// 重複投薬等チェック runs on the dispensed drugs, the prescription moves on (dispensed, or waiting for a refill's next
/// use), and the medication history gets the dispensed lines in the same write.
/// </summary>
public sealed class DispensingRegistrar(
    PrescriptionDocuments documents, DocumentPatients patients, PrescriptionStore prescriptions, DrugCatalogSource catalogs, MedicationCheckService checks, RxWrites writes)
{
    public const string Action = "dispensings.register";

    public async Task<RxAnswer> RegisterAsync(DispensingInput input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        if (await writes.EarlierAsync(input.Key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var today = writes.Today;
        var read = documents.ReadDispensing(input.Body, input.MediaType);
        if (!read.IsValid)
        {
            return await writes.RefuseAsync(caller, Action, null, read.Errors, cancellationToken);
        }

        var (subject, errors) = await SubjectAsync(read.Value!, caller, today, cancellationToken);
        if (subject is null)
        {
            return await writes.RefuseAsync(caller, Action, null, errors, cancellationToken);
        }

        var result = read.Value!.Content;
        var catalog = await catalogs.CurrentAsync(cancellationToken);
        var drugs = PrescribedDrugs.Resolve(catalog.Master, result.Rps, result.DispensedOn);
        if (!drugs.IsValid)
        {
            return await writes.RefuseAsync(caller, Action, subject.PersonId, drugs.Errors, cancellationToken);
        }

        var options = new CheckOptions(today, caller.Organization, input.IncludeOwn);
        var outcome = await checks.CheckAsync(subject.PersonId, caller.Role, CheckedDrug.Of(drugs.Value!), catalog, options, subject.Prescription?.Id, cancellationToken);
        var dispensing = new Dispensing(Guid.CreateVersion7().ToString("N"), subject, read.Value!, input, drugs.Value!, outcome, caller, today);
        return await writes.WriteAsync(input.Key, write => StoreAsync(write, dispensing), cancellationToken);
    }

    /// <summary>Refuses a request whose query or headers are malformed, before its document is read; audited like every refusal.</summary>
    public Task<RxAnswer> RefuseAsync(FieldError error, Caller caller, CancellationToken cancellationToken = default) =>
        writes.RefuseAsync(caller, Action, null, [error], cancellationToken);

    /// <summary>The person and prescription the result answers, after the checks that need no write.</summary>
    private async Task<(DispensingSubject? Subject, IReadOnlyList<FieldError> Errors)> SubjectAsync(
        DocumentRead<DispensingResult> document, Caller caller, DateOnly today, CancellationToken cancellationToken)
    {
        var result = document.Content;
        if (result.Pharmacy.Code != caller.Organization)
        {
            return (null, [new FieldError(PrescriptionErrors.FacilityMismatch, "pharmacy", Detail: result.Pharmacy.Code)]);
        }

        if (result.DispensedOn > today)
        {
            return (null, [new FieldError(PrescriptionErrors.DispensedOn, "dispensedOn", Detail: $"{result.DispensedOn:yyyy-MM-dd} is after today, {today:yyyy-MM-dd}")]);
        }

        if (result.PrescriptionId is null)
        {
            var (person, unknown) = await patients.ResolveAsync(result.Insurance, result.Patient, cancellationToken);
            return person is null ? (null, unknown) : (new DispensingSubject(person.Value, null), []);
        }

        var prescription = await prescriptions.FindAsync(result.PrescriptionId, cancellationToken);
        if (prescription is null || prescription.State.Holder != caller.Organization)
        {
            return (null, [new FieldError(PrescriptionErrors.NotFound, "prescriptionId", Detail: result.PrescriptionId)]);
        }

        var refusal = Refusal(document, prescription, caller, today);
        return refusal is null ? (new DispensingSubject(prescription.PersonId, prescription), []) : (null, [refusal]);
    }

    private static FieldError? Refusal(DocumentRead<DispensingResult> document, StoredPrescription prescription, Caller caller, DateOnly today)
    {
        if (prescription.State.IssueType == IssueType.Electronic && document.Signer is null)
        {
            return new FieldError(PrescriptionErrors.SignatureRequired, "body", Detail: "send the dispensing result inside the pharmacist's signed XML envelope (application/xml)");
        }

        var dispensedOn = document.Content.DispensedOn;
        if (dispensedOn < prescription.Content.IssueDate)
        {
            return new FieldError(PrescriptionErrors.DispensedOn, "dispensedOn", Detail: $"{dispensedOn:yyyy-MM-dd} is before the issue date, {prescription.Content.IssueDate:yyyy-MM-dd}");
        }

        return prescription.State.HolderRefusal(today, caller.Organization) is { } error ? new FieldError(error, "prescriptionId", Detail: prescription.Id) : null;
    }

    private async Task<GroupWrite<RxAnswer>> StoreAsync(WriteTransaction write, Dispensing d)
    {
        var now = writes.Now;
        var result = d.Document.Content;
        var prescription = d.Subject.Prescription;
        StatusView? status = null;
        if (prescription is not null)
        {
            var change = await PrescriptionTransitions.RunAsync(
                write, prescription.Id, p => p.State.Holder == d.Caller.Organization, s => s.HolderRefusal(d.Today, d.Caller.Organization),
                s => s.Dispensed(result.DispensedOn, PrescriptionTerms.DaysSupplied(result.Rps)), now);
            if (change.Error is not null)
            {
                return GroupWrite<RxAnswer>.Discarded(
                    RxAnswer.Refused([change.AsError("prescriptionId")]),
                    RxEvents.Of(d.Caller, now, d.Subject.PersonId, Action, RxEvents.OutcomeOf(change.Error), change.Error.Code));
            }

            status = StatusView.Of(prescription.Id, change.Prescription!.State, d.Today);
        }

        var useNumber = status is null ? (int?)null : status.UsesTotal - status.UsesLeft;
        await DispensingStore.InsertAsync(write, new NewDispensing(d.Id, d.Subject.PersonId, prescription?.Id, useNumber, d.Document.Signer?.Name, d.Input.MediaType, result, d.Input.Body), now);
        await MedicationHistoryStore.InsertAsync(write, d.Subject.PersonId, MedicationRecords.ForDispensing(d.Id, result, d.Drugs, prescription?.Id));
        var body = JsonSerializer.SerializeToUtf8Bytes(new DispensingResponse(d.Id, status, d.Outcome.Issues), PrescriptionJson.Readable.DispensingResponse);
        writes.Count(d.Caller, PrescriptionMetrics.Dispense);
        var detail = $"{d.Id} for {prescription?.Id ?? "a paper prescription"}: {d.Drugs.Count} drugs, {d.Outcome.Summary}";
        return GroupWrite<RxAnswer>.Kept(
            RxAnswer.Of(new StoredAnswer([], StatusCodes.Status201Created, null, body)),
            RxEvents.Of(d.Caller, now, d.Subject.PersonId, Action, AuditOutcome.Success, detail));
    }

    /// <summary>Everything the write needs, read and checked before it.</summary>
    private sealed record Dispensing(
        string Id, DispensingSubject Subject, DocumentRead<DispensingResult> Document, DispensingInput Input,
        IReadOnlyList<PrescribedDrug> Drugs, CheckOutcome Outcome, Caller Caller, DateOnly Today);
}
