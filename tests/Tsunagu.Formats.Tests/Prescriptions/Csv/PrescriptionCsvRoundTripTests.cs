using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions.Csv;

public sealed class PrescriptionCsvRoundTripTests
{
    [Fact]
    public void An_SJ1_prescription_reads_back_exactly_as_written()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs();

        var csv = PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1);

        Assert.StartsWith("SJ1\n1,1,", csv, StringComparison.Ordinal);
        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(csv).Value);
    }

    [Fact]
    public void A_JAHIS5_prescription_without_a_branch_number_reads_back_exactly_as_written()
    {
        var sample = SamplePrescriptions.ThreeRpsFiveDrugs();
        var prescription = sample with { Insurance = sample.Insurance! with { BranchNumber = null } };

        var csv = PrescriptionCsvWriter.Write(prescription, CsvDialect.Jahis);

        Assert.StartsWith("JAHIS5\n", csv, StringComparison.Ordinal);
        Assert.Contains("\n23,12-34,5678,1\n", csv, StringComparison.Ordinal);
        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(csv).Value);
    }

    [Fact]
    public void A_later_JAHIS_version_tag_reads_like_JAHIS5()
    {
        var sample = SamplePrescriptions.ThreeRpsFiveDrugs();
        var prescription = sample with { Insurance = sample.Insurance! with { BranchNumber = null } };

        var csv = "JAHIS9" + PrescriptionCsvWriter.Write(prescription, CsvDialect.Jahis)["JAHIS5".Length..];

        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(csv).Value);
    }

    [Fact]
    public void A_narcotic_prescription_carries_the_license_and_the_patients_address_in_record_61()
    {
        var sample = SamplePrescriptions.ThreeRpsFiveDrugs();
        var prescription = sample with
        {
            Doctor = sample.Doctor with { NarcoticLicenseNumber = "4-321" },
            Patient = sample.Patient with { Address = "東京都文京区本駒込１－１", Phone = "03-1111-2222" },
        };

        var csv = PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1);

        Assert.Contains("\n61,4-321,東京都文京区本駒込１－１,03-1111-2222\n", csv, StringComparison.Ordinal);
        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(csv).Value);
    }

    [Fact]
    public void A_Shift_JIS_prescription_declared_as_Shift_JIS_reads_back_as_written()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs();
        var bytes = CsvEncodings.ShiftJis.GetBytes(PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1));

        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(bytes, "Shift_JIS").Value);
    }

    [Fact]
    public void A_half_width_comma_in_a_name_is_written_as_a_full_width_comma_so_the_record_keeps_its_fields()
    {
        var sample = SamplePrescriptions.ThreeRpsFiveDrugs();
        var prescription = sample with { Remarks = ["朝, 夕の服薬を確認"] };

        var read = PrescriptionCsvReader.Read(PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1)).Value!;

        Assert.Equal(["朝， 夕の服薬を確認"], read.Remarks);
    }

    [Fact]
    public void Records_sorted_by_record_number_as_one_EPS_client_writes_them_read_the_same()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs();
        var lines = CsvText.Lines(PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1));
        var sorted = CsvText.Join([lines[0], .. lines.Skip(1).OrderBy(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture))]);

        Canonical.AssertSame(prescription, PrescriptionCsvReader.Read(sorted).Value);
    }

    [Fact]
    public void RPs_that_share_a_number_in_a_FHIR_Bundle_are_written_with_their_positions()
    {
        var fromFhir = Formats.Prescriptions.Fhir.PrescriptionBundleReader.Read(Fixtures.Bytes(Fixtures.EPreBundle), Fixtures.Lenient).Value!;

        var reread = PrescriptionCsvReader.Read(PrescriptionCsvWriter.Write(fromFhir, CsvDialect.Jahis), Fixtures.Lenient).Value!;

        Assert.Equal([1, 1], fromFhir.Rps.Select(r => r.Number));
        Assert.Equal([1, 2], reread.Rps.Select(r => r.Number));
        Assert.Equal(fromFhir.Rps.Select(r => r.Drugs[0].Name), reread.Rps.Select(r => r.Drugs[0].Name));
    }
}
