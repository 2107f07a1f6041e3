using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Runs the 重複投薬等チェック for one patient exactly as published (eprescription.md §6): against the prescriptions and
/// dispensings of other facilities (the caller's own only when it opts in), inpatient ones excluded, coded drugs only —
/// the history read in one indexed query (with the patient, when found by card), the catalog in memory. It runs whatever the consent; without the patient's
/// medication consent at the calling facility (or an emergency access) each issue is masked. Every run is counted.
/// </summary>
public sealed class MedicationCheckService(MedicationHistoryStore history, ConsentService consents, UsageCounter usage)
{
    /// <summary>How far back the check reads: a year covers the longest supply that can still be in use.</summary>
    public const int LookbackDays = 366;

    /// <summary>The first day of the history compared with drugs checked as of <paramref name="checkDate"/> (<see cref="CheckOptions.CheckDate"/>).</summary>
    public static DateOnly HistorySince(DateOnly checkDate) => checkDate.AddDays(-LookbackDays);

    /// <summary>Checks against the person's history, read here (when the patient was not found with it).</summary>
    /// <param name="facilityKind">The caller's kind (hospital, clinic, dental, pharmacy), for the usage counts.</param>
    /// <param name="excludedPrescription">The registered prescription the drugs belong to, whose own lines are left out.</param>
    public async Task<CheckOutcome> CheckAsync(
        long personId, string facilityKind, IReadOnlyList<CheckedDrug> drugs, DrugCatalog catalog, CheckOptions options,
        string? excludedPrescription = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        var records = drugs.Count == 0 ? [] : await history.ForPersonAsync(personId, HistorySince(options.CheckDate), DateOnly.MaxValue, cancellationToken);
        return await CheckAsync(new CheckedPatient(personId, records), facilityKind, drugs, catalog, options, excludedPrescription, cancellationToken);
    }

    /// <summary>Checks against the history read with the patient (<see cref="CheckedPatientResolver"/>).</summary>
    /// <param name="facilityKind">The caller's kind (hospital, clinic, dental, pharmacy), for the usage counts.</param>
    /// <param name="excludedPrescription">The registered prescription the drugs belong to, whose own lines are left out.</param>
    public async Task<CheckOutcome> CheckAsync(
        CheckedPatient patient, string facilityKind, IReadOnlyList<CheckedDrug> drugs, DrugCatalog catalog, CheckOptions options,
        string? excludedPrescription = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        usage.Count(facilityKind, options.CallingFacility, PrescriptionMetrics.Check);
        if (drugs.Count == 0)
        {
            return CheckOutcome.None;
        }

        var past = CheckHistory.From(patient.History, catalog.Master, options.Today, excludedPrescription);
        var issues = catalog.Checker.Check([.. drugs.Select(d => d.Drug)], past.Entries, options);
        if (issues.Count == 0)
        {
            return CheckOutcome.None;
        }

        Count(issues, facilityKind, options.CallingFacility);
        var basis = await consents.BasisAsync(options.CallingFacility, patient.PersonId, ConsentScope.Medication, cancellationToken);
        var shown = basis is null ? CheckIssue.Mask(issues) : issues;
        return new CheckOutcome([.. shown.Select(i => CheckIssueViews.From(i, drugs[i.DrugIndex], past))], basis);
    }

    private void Count(IReadOnlyList<CheckIssue> issues, string facilityKind, string facility)
    {
        if (issues.Any(i => i.Type == CheckIssueType.Duplicate))
        {
            usage.Count(facilityKind, facility, PrescriptionMetrics.Duplicate);
        }

        if (issues.Any(i => i.Type == CheckIssueType.Contraindication))
        {
            usage.Count(facilityKind, facility, PrescriptionMetrics.Contraindication);
        }
    }
}
