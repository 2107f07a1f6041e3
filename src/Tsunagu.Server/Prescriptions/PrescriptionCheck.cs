using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.People;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// 重複投薬等チェック without registering (EPS-IF-219/315/409): of drug codes for a patient (a JSON body, and the CDS Hooks
/// service), or of a draft prescription document. A pharmacy checking a prescription it received names it, so that
/// its own lines are not compared with themselves. Every check is audited.
/// </summary>
public sealed class PrescriptionCheck(
    PrescriptionDocuments documents,
    DocumentPatients documentPatients,
    CheckedPatientResolver patients,
    PrescriptionStore prescriptions,
    DrugCatalogSource catalogs,
    MedicationCheckService checks,
    AuditTrail audit,
    TimeProvider clock)
{
    public const string Action = "prescriptions.check";

    public async Task<(CheckResponse? Response, IReadOnlyList<FieldError> Errors)> CheckAsync(CheckInput input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        var catalog = await catalogs.CurrentAsync(cancellationToken);
        var (subject, errors) = IsCodeList(input.MediaType)
            ? await FromCodesAsync(input.Body, catalog.Master, cancellationToken)
            : await FromDocumentAsync(input, catalog.Master, cancellationToken);
        if (subject is null)
        {
            return (null, await RefuseAsync(caller, errors, cancellationToken));
        }

        if (input.PrescriptionId is not null && !await IsVisibleAsync(input.PrescriptionId, caller, cancellationToken))
        {
            return (null, await RefuseAsync(caller, [new FieldError(PrescriptionErrors.NotFound, "prescriptionId", Detail: input.PrescriptionId)], cancellationToken));
        }

        var outcome = await RunAsync(subject, caller, catalog, input.IncludeOwn, input.PrescriptionId, cancellationToken);
        return (new CheckResponse(outcome.Issues), []);
    }

    /// <summary>
    /// Checks drug codes (レセ電, YJ/薬価基準, 一般名) for the patient named by card identifiers and birthdate, as of today.
    /// A refused code's error is on <c>drugs</c> with the code's position as its index.
    /// </summary>
    public async Task<(CheckOutcome? Outcome, IReadOnlyList<FieldError> Errors)> CheckCodesAsync(
        PatientIdentifiers patient, IReadOnlyList<string>? codes, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var catalog = await catalogs.CurrentAsync(cancellationToken);
        var (subject, errors) = await CodesFor(patient, codes, catalog.Master, cancellationToken);
        return subject is null
            ? (null, await RefuseAsync(caller, errors, cancellationToken))
            : (await RunAsync(subject, caller, catalog, includeOwn: false, excluded: null, cancellationToken), []);
    }

    /// <summary>Refuses a check whose query is malformed, before its body is read; audited like every refusal.</summary>
    public Task<IReadOnlyList<FieldError>> RefuseAsync(FieldError error, Caller caller, CancellationToken cancellationToken = default) =>
        RefuseAsync(caller, [error], cancellationToken);

    private async Task<CheckOutcome> RunAsync(CheckSubject subject, Caller caller, DrugCatalog catalog, bool includeOwn, string? excluded, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var options = new CheckOptions(JapanTime.DateOf(now), caller.Organization, includeOwn, subject.InHouseOrderDate);
        var outcome = await checks.CheckAsync(subject.Patient, caller.Role, subject.Drugs, catalog, options, excluded, cancellationToken);
        await audit.RecordAsync(RxEvents.Of(caller, now, subject.Patient.PersonId, Action, AuditOutcome.Success, outcome.Summary), cancellationToken);
        return outcome;
    }

    private async Task<(CheckSubject? Subject, IReadOnlyList<FieldError> Errors)> FromCodesAsync(byte[] body, DrugMaster master, CancellationToken cancellationToken)
    {
        CheckRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body, PrescriptionJson.Readable.CheckRequest);
        }
        catch (JsonException e)
        {
            return (null, [new FieldError(InputErrors.MalformedBody, "body", Detail: e.Message)]);
        }

        return request is null
            ? (null, [new FieldError(InputErrors.MalformedBody, "body")])
            : await CodesFor(new PatientIdentifiers(request.InsurerNumber, request.InsuredCardSymbol, request.InsuredIdentificationNumber, request.InsuredBranchNumber, request.Birthdate), request.Drugs, master, cancellationToken);
    }

    private async Task<(CheckSubject? Subject, IReadOnlyList<FieldError> Errors)> CodesFor(PatientIdentifiers patient, IReadOnlyList<string>? codes, DrugMaster master, CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var today = JapanTime.DateOf(clock.GetUtcNow());
        var (found, errors) = await patients.ResolveAsync(patient, MedicationCheckService.HistorySince(today), cancellationToken);
        reader.AddRange(errors);
        if (codes is null || codes.Count == 0)
        {
            reader.Add(InputErrors.Required, "drugs");
        }

        var resolved = codes is { Count: > 0 } ? master.ResolveAll(codes, today, "drugs") : null;
        if (reader.HasErrors || resolved is { IsValid: false })
        {
            return (null, [.. reader.Errors, .. resolved?.Errors ?? []]);
        }

        return CheckedPatientResolver.Failure(found!) is { } failure
            ? (null, [failure])
            : (new CheckSubject(CheckedPatientResolver.Patient(found!), [.. resolved!.Value!.Select((drug, i) => new CheckedDrug(i + 1, null, codes![i], drug))]), []);
    }

    private async Task<(CheckSubject? Subject, IReadOnlyList<FieldError> Errors)> FromDocumentAsync(CheckInput input, DrugMaster master, CancellationToken cancellationToken)
    {
        var read = documents.ReadPrescription(input.Body, input.MediaType);
        if (!read.IsValid)
        {
            return (null, read.Errors);
        }

        var prescription = read.Value!.Content;
        var checkDate = input.InHouse ? prescription.IssueDate : JapanTime.DateOf(clock.GetUtcNow());
        var (person, unknown) = await documentPatients.ResolveWithHistoryAsync(
            prescription.Insurance, prescription.Patient, MedicationCheckService.HistorySince(checkDate), cancellationToken);
        if (person is null)
        {
            return (null, unknown);
        }

        var drugs = PrescribedDrugs.Resolve(master, prescription.Rps, prescription.IssueDate);
        return drugs.IsValid
            ? (new CheckSubject(person, CheckedDrug.Of(drugs.Value!), input.InHouse ? prescription.IssueDate : null), [])
            : (null, drugs.Errors);
    }

    private async Task<bool> IsVisibleAsync(string id, Caller caller, CancellationToken cancellationToken) =>
        await prescriptions.FindAsync(id, cancellationToken) is { } found && (found.FacilityCode == caller.Organization || found.State.Holder == caller.Organization);

    /// <summary>Audits a check refused for <paramref name="errors"/> (by its first error) and returns them: also for calls refused before they name drugs.</summary>
    public async Task<IReadOnlyList<FieldError>> RefuseAsync(Caller caller, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(errors);
        await audit.RecordAsync(RxEvents.Of(caller, clock.GetUtcNow(), null, Action, RxEvents.OutcomeOf(errors[0].Error), errors[0].Error.Code), cancellationToken);
        return errors;
    }

    /// <summary>A plain JSON body is a list of codes; FHIR JSON (<c>application/fhir+json</c>), CSV and XML are documents.</summary>
    private static bool IsCodeList(string mediaType) =>
        mediaType.Split(';', 2)[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
