using Hl7.Fhir.Model;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions.Fhir;

public sealed class PrescriptionBundleRoundTripTests
{
    [Fact]
    public void A_prescription_reads_back_exactly_from_its_ePrescriptionData_Bundle()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs();

        Canonical.AssertSame(prescription, PrescriptionBundleReader.Read(PrescriptionBundleWriter.WriteJson(prescription)).Value);
    }

    [Fact]
    public void A_refill_prescription_keeps_its_use_count_as_repeats_allowed()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs() with { RefillCount = 3 };

        var bundle = PrescriptionBundleWriter.Write(prescription);

        Assert.All(Entries.All<MedicationRequest>(bundle), r => Assert.Equal(2, r.DispenseRequest!.NumberOfRepeatsAllowed));
        Canonical.AssertSame(prescription, PrescriptionBundleReader.Read(bundle).Value);
    }

    [Fact]
    public void A_narcotic_prescription_is_a_category_02_document_with_the_license_as_a_qualification()
    {
        var sample = SamplePrescriptions.ThreeRpsFiveDrugs();
        var prescription = sample with { Doctor = sample.Doctor with { NarcoticLicenseNumber = "4-321" } };

        var bundle = PrescriptionBundleWriter.Write(prescription);

        Assert.Equal("02", Entries.At<Composition>(bundle, 0).Category[0].Coding[0].Code);
        Canonical.AssertSame(prescription, PrescriptionBundleReader.Read(bundle).Value);
    }

    [Fact]
    public void The_written_Bundle_starts_with_its_Composition_and_lists_every_MedicationRequest()
    {
        var bundle = PrescriptionBundleWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs());

        var composition = Assert.IsType<Composition>(bundle.Entry[0].Resource);
        var requests = bundle.Entry.Where(e => e.Resource is MedicationRequest).Select(e => e.FullUrl);
        Assert.Equal(Bundle.BundleType.Document, bundle.Type);
        Assert.Subset(composition.Section[0].Entry.Select(r => r.Reference).ToHashSet(), requests.ToHashSet());
        Assert.Equal(5, requests.Count());
    }
}
