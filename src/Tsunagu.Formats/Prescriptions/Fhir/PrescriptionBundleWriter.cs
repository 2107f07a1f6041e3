using Hl7.Fhir.Model;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Writes a <see cref="Prescription"/> as an ePrescriptionData document Bundle (Composition first, urn:uuid references),
/// the inverse of <see cref="PrescriptionBundleReader"/>; for tests, benchmarks and demo data. 剤形区分 is kept in
/// MedicationRequest.category (OID 1.2.392.100495.20.2.21) so that it survives the round trip; 剤形名称 is not written.
/// </summary>
public static class PrescriptionBundleWriter
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static byte[] WriteJson(Prescription prescription) => FhirJson.Write(Write(prescription));

    public static Bundle Write(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var builder = new BundleBuilder();
        var composition = new Composition();
        builder.Add(composition);
        var patient = builder.Add(PatientFhir.Write(prescription.Patient, prescription.Facility.Code));
        var sectionEntries = WriteCoverages(builder, prescription, patient);
        var facility = builder.Add(OrganizationFhir.WriteFacility(prescription.Facility));
        if (prescription.Department is not null)
        {
            builder.Add(OrganizationFhir.WriteDepartment(prescription.Department, facility));
        }

        var doctor = builder.Add(PractitionerFhir.Write(prescription.Doctor, prescription.Facility.PrefectureCode));
        var role = builder.Add(PractitionerFhir.WriteRole(doctor, facility, "doctor"));
        sectionEntries.AddRange(prescription.Rps.SelectMany(rp => rp.Drugs.Select(d => builder.Add(MedicationRequestFhir.Write(rp, d, patient, prescription.RefillCount)))));
        sectionEntries.AddRange(prescription.Remarks.Select(r => builder.Add(Remark(r))));
        Fill(composition, prescription, patient, facility, role, sectionEntries);
        return builder.Build(Bundle.BundleType.Document, new DateTimeOffset(prescription.IssueDate.ToDateTime(TimeOnly.MinValue), JapanOffset));
    }

    private static List<string> WriteCoverages(BundleBuilder builder, Prescription prescription, string patient)
    {
        var entries = new List<string>();
        if (prescription.Insurance is { } insurance)
        {
            var insurer = insurance.InsurerNumber is null ? null : builder.Add(OrganizationFhir.WritePayer(FhirSystems.InsurerNumber[0], insurance.InsurerNumber, "ins"));
            entries.Add(builder.Add(CoverageFhir.WriteInsurance(insurance, patient, insurer)));
        }

        foreach (var expense in prescription.PublicExpenses)
        {
            var payer = builder.Add(OrganizationFhir.WritePayer(FhirSystems.PublicPayerNumber[0], expense.PayerNumber, "other"));
            entries.Add(builder.Add(CoverageFhir.WritePublicExpense(expense, patient, payer)));
        }

        return entries;
    }

    private static void Fill(Composition composition, Prescription prescription, string patient, string facility, string role, List<string> sectionEntries)
    {
        var narcotic = prescription.Doctor.NarcoticLicenseNumber is not null;
        composition.Status = CompositionStatus.Final;
        composition.Type = new CodeableConcept(FhirSystems.DocumentType, "57833-6", "処方箋");
        composition.Category = [new CodeableConcept(FhirSystems.PrescriptionCategory, narcotic ? CompositionFhir.NarcoticCategory : "01")];
        composition.Subject = BundleBuilder.Ref(patient);
        composition.Date = Date(prescription.IssueDate);
        composition.Author = [BundleBuilder.Ref(role), BundleBuilder.Ref(facility)];
        composition.Title = "処方箋";
        composition.Custodian = BundleBuilder.Ref(facility);
        composition.Event = [new Composition.EventComponent { Period = new Period { Start = Date(prescription.IssueDate), End = prescription.ExpiryDate is { } e ? Date(e) : null } }];
        composition.Section =
        [
            new Composition.SectionComponent
            {
                Title = "処方情報",
                Code = new CodeableConcept(FhirSystems.PrescriptionSection, "01"),
                Entry = [.. sectionEntries.Select(BundleBuilder.Ref)],
            },
        ];
    }

    private static Communication Remark(string text)
    {
        var communication = new Communication
        {
            Status = EventStatus.Completed,
            Category = [new CodeableConcept(FhirSystems.CommunicationCategory, "1", "処方箋備考")],
        };
        communication.SetExtension(FhirSystems.CommunicationContent, new FhirString(text));
        return communication;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
