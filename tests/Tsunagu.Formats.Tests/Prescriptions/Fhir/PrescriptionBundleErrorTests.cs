using System.Text;
using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions.Fhir;

public sealed class PrescriptionBundleErrorTests
{
    private static Bundle Valid() => PrescriptionBundleWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs());

    [Fact]
    public void A_Bundle_without_a_Composition_is_refused()
    {
        var bundle = Valid();
        bundle.Entry.RemoveAt(0);

        var error = Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.CompositionNotFirst);

        Assert.Equal(("Bundle.entry[0].resource", "the Bundle has no Composition"), (error.Field, error.Detail));
    }

    [Fact]
    public void A_Composition_that_is_not_the_first_entry_is_refused()
    {
        var bundle = Valid();
        var composition = bundle.Entry[0];
        bundle.Entry.RemoveAt(0);
        bundle.Entry.Add(composition);

        Assert.Equal($"the Composition is entry {bundle.Entry.Count - 1}", Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.CompositionNotFirst).Detail);
    }

    [Fact]
    public void A_section_entry_pointing_nowhere_is_named_by_its_path()
    {
        var bundle = Valid();
        var section = Entries.At<Composition>(bundle, 0).Section[0];
        var entry = section.Entry.FindIndex(r => r.Reference == bundle.Entry[Entries.IndexOf<MedicationRequest>(bundle)].FullUrl);
        section.Entry[entry].Reference = "urn:uuid:00000000-0000-0000-0000-000000000000";

        var error = Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.DanglingReference);

        Assert.Equal($"Bundle.entry[0].resource.section[0].entry[{entry}].reference", error.Field);
    }

    [Fact]
    public void A_MedicationRequest_whose_subject_points_nowhere_is_named_by_its_path()
    {
        var bundle = Valid();
        var index = Entries.IndexOf<MedicationRequest>(bundle, 2);
        Entries.At<MedicationRequest>(bundle, index).Subject = new ResourceReference("Patient/unknown");

        Assert.Equal($"Bundle.entry[{index}].resource.subject.reference", Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.DanglingReference).Field);
    }

    [Fact]
    public void A_MedicationRequest_for_another_patient_of_the_Bundle_is_refused()
    {
        var bundle = Valid();
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:11111111-1111-1111-1111-111111111111", Resource = new Patient { BirthDate = "1990-01-01" } });
        var index = Entries.IndexOf<MedicationRequest>(bundle, 1);
        Entries.At<MedicationRequest>(bundle, index).Subject = new ResourceReference("urn:uuid:11111111-1111-1111-1111-111111111111");

        var error = Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.OtherPatient);

        Assert.Equal(($"Bundle.entry[{index}].resource.subject.reference", $"'urn:uuid:11111111-1111-1111-1111-111111111111' is Bundle.entry[{bundle.Entry.Count - 1}].resource"), (error.Field, error.Detail));
    }

    [Fact]
    public void A_subject_that_is_not_a_Patient_is_a_dangling_reference()
    {
        var bundle = Valid();
        Entries.At<Composition>(bundle, 0).Subject = new ResourceReference(bundle.Entry[Entries.IndexOf<Organization>(bundle)].FullUrl);

        var error = Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.DanglingReference);

        Assert.Equal(("Bundle.entry[0].resource.subject.reference", "points to a Organization, expected Patient"), (error.Field, error.Detail));
    }

    [Fact]
    public void A_patient_without_a_birth_date_names_the_missing_element()
    {
        var bundle = Valid();
        Entries.At<Patient>(bundle, 1).BirthDate = null;

        Assert.Equal("Bundle.entry[1].resource.birthDate", Errors.Single(PrescriptionBundleReader.Read(bundle), InputErrors.Required).Field);
    }

    [Fact]
    public void Codes_outside_their_tables_name_the_coded_element()
    {
        var bundle = Valid();
        Entries.At<Patient>(bundle, 1).Gender = AdministrativeGender.Unknown;
        var coverage = Entries.IndexOf<Coverage>(bundle);
        Entries.At<Coverage>(bundle, coverage).Type = new CodeableConcept("urn:oid:1.2.392.100495.20.2.61", "9");

        Assert.Equal(
            ["Bundle.entry[1].resource.gender", $"Bundle.entry[{coverage}].resource.type"],
            PrescriptionBundleReader.Read(bundle).Errors.Where(e => e.Error == InputErrors.NotInTable).Select(e => e.Field));
    }

    [Fact]
    public void A_drug_coded_only_in_an_unknown_system_is_refused()
    {
        var bundle = Valid();
        var index = Entries.IndexOf<MedicationRequest>(bundle);
        Entries.At<MedicationRequest>(bundle, index).Medication = new CodeableConcept("http://example.org/drugs", "X1", "謎の薬");

        var error = Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionFhirErrors.UnknownDrugCodeSystem);

        Assert.Equal(($"Bundle.entry[{index}].resource.medicationCodeableConcept.coding", "http://example.org/drugs"), (error.Field, error.Detail));
    }

    [Fact]
    public void Drug_codes_in_the_JP_Core_URL_and_OID_forms_are_both_accepted()
    {
        var bundle = Valid();
        var requests = Entries.All<MedicationRequest>(bundle).ToList();
        requests[0].Medication = new CodeableConcept("http://medis.or.jp/CodeSystem/master-HOT9", "103835401", "ムコダイン錠２５０ｍｇ");
        requests[1].Medication = new CodeableConcept("http://capstandard.jp/iyaku.info/CodeSystem/YJ-code", "2233002F1174", "ムコダイン錠２５０ｍｇ");

        var drugs = PrescriptionBundleReader.Read(bundle).Value!.Rps[0].Drugs;

        Assert.Equal(["Hot9:103835401", "Yj:2233002F1174"], drugs.Select(d => $"{d.Code!.System}:{d.Code.Value}"));
    }

    [Fact]
    public void A_refill_of_four_uses_is_refused()
    {
        var bundle = Valid();
        foreach (var request in Entries.All<MedicationRequest>(bundle))
        {
            request.DispenseRequest!.NumberOfRepeatsAllowed = 3;
        }

        Assert.Equal($"Bundle.entry[{Entries.IndexOf<MedicationRequest>(bundle)}].resource.dispenseRequest.numberOfRepeatsAllowed", Errors.Single(PrescriptionBundleReader.Read(bundle), PrescriptionDocumentErrors.RefillCount).Field);
    }

    [Fact]
    public void A_collection_Bundle_is_not_a_prescription_document()
    {
        var bundle = Valid();
        bundle.Type = Bundle.BundleType.Collection;
        var json = Entries.Json(bundle);

        Assert.Equal("Bundle.type", Errors.Single(PrescriptionBundleReader.Read(json), PrescriptionFhirErrors.NotExpectedBundle).Field);
    }

    [Fact]
    public void JSON_that_is_not_FHIR_is_malformed_at_the_element_Firely_names()
    {
        var json = Encoding.UTF8.GetBytes("{\"resourceType\":\"Bundle\",\"type\":\"document\",\"timestamp\":\"2025-13-45\"}");

        Assert.Equal("Bundle.timestamp", Errors.Single(PrescriptionBundleReader.Read(json), InputErrors.MalformedBody).Field);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"resourceType\":\"Bundle\"}]")]
    [InlineData("\"Bundle\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("")]
    public void JSON_whose_root_is_not_an_object_is_malformed_not_a_crash(string text)
    {
        var error = Errors.Single(PrescriptionBundleReader.Read(Encoding.UTF8.GetBytes(text)), InputErrors.MalformedBody);

        Assert.Equal("Bundle", error.Field);
    }

    [Fact]
    public void An_empty_JSON_object_is_malformed_at_the_Bundle_not_at_a_nameless_field()
    {
        var errors = PrescriptionBundleReader.Read("{}"u8).Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("Bundle", e.Field));
    }

    [Fact]
    public void A_dispensing_Bundle_whose_root_is_an_array_is_malformed_not_a_crash()
    {
        Assert.Equal("Bundle", Errors.Single(DispensingBundleReader.Read("[]"u8), InputErrors.MalformedBody).Field);
    }
}
