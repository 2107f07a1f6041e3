using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions.Csv;

public sealed class PrescriptionCsvErrorTests
{
    private static readonly string Valid = PrescriptionCsvWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs(), CsvDialect.Sj1);

    [Fact]
    public void An_unknown_record_number_is_named_with_its_line()
    {
        var csv = CsvText.InsertBefore(Valid, "51,", "99,謎のレコード");

        var error = Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.UnknownRecord);

        Assert.Equal($"line {CsvText.LineOf(csv, "99,")}, record 99", error.Field);
        Assert.Equal(CsvText.LineOf(csv, "99,"), error.Index);
    }

    [Theory]
    [InlineData("1,", "record 1 (医療機関)")]
    [InlineData("5,", "record 5 (医師)")]
    [InlineData("11,", "record 11 (患者氏名)")]
    [InlineData("12,", "record 12 (患者性別)")]
    [InlineData("13,", "record 13 (患者生年月日)")]
    [InlineData("51,", "record 51 (処方箋交付年月日)")]
    public void A_missing_mandatory_record_is_named(string prefix, string field)
    {
        var result = PrescriptionCsvReader.Read(CsvText.Remove(Valid, prefix));

        Assert.Equal(field, Errors.Single(result, PrescriptionCsvErrors.MissingRecord).Field);
    }

    [Fact]
    public void A_prescription_without_any_RP_is_missing_record_101()
    {
        var csv = CsvText.Join(CsvText.Lines(Valid).Where(l => !l.StartsWith('1') || l.Split(',')[0].Length < 3 || l.StartsWith("1,", StringComparison.Ordinal)));

        Assert.Equal("record 101 (剤形)", Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.MissingRecord).Field);
    }

    [Fact]
    public void An_impossible_date_names_line_record_and_field()
    {
        var csv = CsvText.Replace(Valid, "51,", "51,20250231");

        var error = Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.Date);

        Assert.Equal($"line {CsvText.LineOf(csv, "51,")}, record 51, field 1 (処方箋交付年月日)", error.Field);
        Assert.Equal("20250231", error.Detail);
    }

    [Fact]
    public void An_RP_without_drugs_is_reported_at_its_101_line()
    {
        var csv = CsvText.Append(Valid, "101,4,2,,3", "111,4,3,1050110000000000,疼痛時,");

        var error = Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.RpWithoutDrugs);

        Assert.Equal($"line {CsvText.LineOf(csv, "101,4,")}, record 101", error.Field);
    }

    [Fact]
    public void A_drug_record_before_its_RP_record_is_out_of_order()
    {
        var csv = CsvText.InsertBefore(Valid, "101,1,", "201,4,1,1,2,610453119,ムコダイン錠２５０ｍｇ,3,1,錠");

        var error = Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.RecordOrder);

        Assert.Equal($"line {CsvText.LineOf(csv, "201,4,")}, record 201, field 1 (RP番号)", error.Field);
    }

    [Fact]
    public void A_drug_supplement_before_its_drug_is_out_of_order()
    {
        var csv = CsvText.InsertBefore(Valid, "201,1,1,", "281,1,1,1,3,後発品変更不可");

        Assert.Equal(
            $"line {CsvText.LineOf(csv, "281,1,1,1,3")}, record 281, field 2 (RP内連番)",
            Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.RecordOrder).Field);
    }

    [Fact]
    public void A_non_numeric_quantity_names_the_quantity_field()
    {
        var csv = CsvText.Replace(Valid, "201,1,1,", "201,1,1,1,2,610453119,ムコダイン錠２５０ｍｇ,三,1,錠");

        Assert.Equal(
            $"line {CsvText.LineOf(csv, "201,1,1,")}, record 201, field 7 (分量)",
            Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.Number).Field);
    }

    [Fact]
    public void A_facility_code_with_a_wrong_check_digit_is_refused()
    {
        var line = CsvText.Lines(Valid)[1].Split(',');
        var number = line[2][..6] + (char)('0' + ((line[2][6] - '0' + 1) % 10));
        var csv = CsvText.Replace(Valid, "1,", string.Join(',', line[0], line[1], number, line[3], line[4]));

        Assert.Equal("line 2, record 1, field 2 (医療機関コード)", Errors.Single(PrescriptionCsvReader.Read(csv), CodeErrors.CheckDigitMismatch).Field);
    }

    [Fact]
    public void An_insurer_number_with_a_wrong_check_digit_is_refused()
    {
        var csv = CsvText.Replace(Valid, "22,", "22,06270408");

        Assert.Equal($"line {CsvText.LineOf(csv, "22,")}, record 22, field 1 (保険者番号)", Errors.Single(PrescriptionCsvReader.Read(csv), CodeErrors.CheckDigitMismatch).Field);
    }

    [Fact]
    public void A_drug_code_that_does_not_fit_its_code_system_is_refused()
    {
        var csv = CsvText.Replace(Valid, "201,1,1,", "201,1,1,1,2,61045311,ムコダイン錠２５０ｍｇ,3,1,錠");

        Assert.Equal(
            $"line {CsvText.LineOf(csv, "201,1,1,")}, record 201, field 5 (薬品コード)",
            Errors.Single(PrescriptionCsvReader.Read(csv), Formats.Prescriptions.PrescriptionDocumentErrors.DrugCodeShape).Field);
    }

    [Fact]
    public void An_SJ1_drug_without_a_code_is_refused_while_JAHIS_accepts_it()
    {
        var uncoded = "201,1,1,,,,ムコダイン錠２５０ｍｇ,3,1,錠";
        var sj1 = CsvText.Replace(Valid, "201,1,1,", uncoded);
        var jahis = "JAHIS5" + sj1[3..];

        Assert.Equal(
            [$"line {CsvText.LineOf(sj1, "201,1,1,")}, record 201, field 3 (情報区分)", $"line {CsvText.LineOf(sj1, "201,1,1,")}, record 201, field 5 (薬品コード)"],
            PrescriptionCsvReader.Read(sj1).Errors.Where(e => e.Error == InputErrors.Required).Select(e => e.Field));
        Assert.Null(PrescriptionCsvReader.Read(jahis).Value!.Rps[0].Drugs[0].Code);
    }

    [Fact]
    public void A_record_that_may_appear_once_is_refused_when_repeated()
    {
        var csv = CsvText.InsertBefore(Valid, "51,", "51,20250402");

        Assert.Equal($"line {CsvText.LineOf(csv, "51,") + 1}, record 51", Errors.Single(PrescriptionCsvReader.Read(csv), PrescriptionCsvErrors.RepeatedRecord).Field);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_at_once()
    {
        var csv = CsvText.Replace(CsvText.Remove(CsvText.Replace(Valid, "51,", "51,2025-04-01"), "12,"), "101,3,", "101,3,8,,1");

        Assert.Equal(
            [PrescriptionCsvErrors.MissingRecord.Code, PrescriptionCsvErrors.Date.Code, InputErrors.NotInTable.Code],
            PrescriptionCsvReader.Read(csv).Errors.Select(e => e.Error.Code));
    }

    [Fact]
    public void A_file_without_a_version_line_is_refused()
    {
        Assert.Equal("line 1, record 1", Errors.Single(PrescriptionCsvReader.Read(Valid[4..]), PrescriptionCsvErrors.Header).Field);
    }

    [Fact]
    public void A_dispensing_CSV_is_not_read_as_a_prescription()
    {
        var dispensing = DispensingCsvWriter.Write(SamplePrescriptions.ElectronicDispensing());

        Assert.Equal("SJD1", Errors.Single(PrescriptionCsvReader.Read(dispensing), PrescriptionCsvErrors.Header).Detail?[1..5]);
    }
}
