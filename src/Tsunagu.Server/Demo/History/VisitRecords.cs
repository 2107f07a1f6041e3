using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// Turns a visit into the medication-history rows the service would hold for it, through the same
/// <see cref="MedicationRecords"/> a registration uses: an in-house order (院内処方) gives its prescription lines; an
/// electronic prescription gives its lines and, once dispensed, the pharmacy's 調剤結果 lines naming it (a prescription not
/// yet dispensed counts while a pharmacy could still receive it); a paper prescription gives only the pharmacy's lines,
/// naming no prescription. Prescribed lines keep the codes as written (レセ電 or 一般名); dispensed lines carry the
/// product's レセ電 code.
/// </summary>
internal sealed class VisitRecords(PrescriptionPatient patient, DateOnly today)
{
    private static readonly Practitioner Doctor = new("つなぐ　医師", "ﾂﾅｸﾞ ｲｼ");

    /// <summary>How many rows each drug of the visit gives: 2 for a dispensed electronic prescription, else 1.</summary>
    public int RowsPerDrug(Visit visit) => visit.Prescriber.Electronic && IsDispensed(visit) ? 2 : 1;

    /// <summary>The rows of the visit's first <paramref name="drugs"/> drugs, its documents numbered <paramref name="number"/>.</summary>
    public void Append(List<MedicationRecord> output, Visit visit, int drugs, DemoSourceIds ids, int number)
    {
        var written = Document(visit.Therapies, drugs, dispensed: false);
        if (visit.Prescriber.InHouse)
        {
            var order = Prescription(visit, written.Rps);
            output.AddRange(MedicationRecords.ForPrescription(ids.Prescription(number), order, written.Drugs, PrescriptionState.Registered(order, IssueType.InHouse), false));
            return;
        }

        string? prescriptionId = null;
        if (visit.Prescriber.Electronic)
        {
            var prescription = Prescription(visit, written.Rps);
            prescriptionId = ids.Prescription(number);
            output.AddRange(MedicationRecords.ForPrescription(prescriptionId, prescription, written.Drugs, PrescriptionState.Registered(prescription, IssueType.Electronic), false));
            if (!IsDispensed(visit))
            {
                return;
            }
        }

        var dispensed = Document(visit.Therapies, drugs, dispensed: true);
        var dispensedOn = DispensedOn(visit);
        var result = new DispensingResult(visit.Pharmacy, null, dispensedOn, prescriptionId, prescriptionId is null ? patient : null, null, dispensed.Rps);
        output.AddRange(MedicationRecords.ForDispensing(ids.Dispensing(number), result, dispensed.Drugs, prescriptionId));
    }

    /// <summary>A paper prescription is dispensed by today whatever the lag; an electronic one may still wait for its pharmacy.</summary>
    private bool IsDispensed(Visit visit) => visit.Date.AddDays(visit.DispensingLag) <= today;

    private DateOnly DispensedOn(Visit visit)
    {
        var day = visit.Date.AddDays(visit.DispensingLag);
        return day <= today ? day : today;
    }

    private Prescription Prescription(Visit visit, IReadOnlyList<Rp> rps) =>
        new(visit.Date, null, visit.Prescriber.Facility, Doctor, null, patient, null, [], null, [], rps);

    /// <summary>The RPs and drug lines of the first <paramref name="drugs"/> drugs, as prescribed or as dispensed.</summary>
    private static (IReadOnlyList<Rp> Rps, IReadOnlyList<PrescribedDrug> Drugs) Document(IReadOnlyList<WrittenTherapy> therapies, int drugs, bool dispensed)
    {
        var rps = new List<Rp>(therapies.Count);
        var lines = new List<PrescribedDrug>(drugs);
        for (var t = 0; t < therapies.Count && lines.Count < drugs; t++)
        {
            var (rp, resolved) = therapies[t].Rp(t + 1, Math.Min(therapies[t].DrugCount, drugs - lines.Count), dispensed);
            rps.Add(rp);
            for (var d = 0; d < rp.Drugs.Count; d++)
            {
                lines.Add(new PrescribedDrug(lines.Count + 1, rp, rp.Drugs[d], resolved[d]));
            }
        }

        return (rps, lines);
    }
}
