using System.Text;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions.Csv;

public sealed class CsvEncodingTests
{
    private static readonly string Csv = PrescriptionCsvWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs(), CsvDialect.Sj1);

    [Fact]
    public void Shift_JIS_bytes_declared_as_UTF_8_are_refused_without_guessing()
    {
        var result = PrescriptionCsvReader.Read(CsvEncodings.ShiftJis.GetBytes(Csv), "utf-8");

        Codes.AssertOnly(result, PrescriptionCsvErrors.Encoding);
    }

    [Fact]
    public void Shift_JIS_bytes_without_a_declaration_fall_back_to_CP932()
    {
        Assert.Equal("鈴木　花子", PrescriptionCsvReader.Read(CsvEncodings.ShiftJis.GetBytes(Csv), null).Value!.Patient.Name);
    }

    [Fact]
    public void UTF_8_with_a_byte_order_mark_and_no_declaration_is_read_as_UTF_8()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();

        Assert.Equal("鈴木　花子", PrescriptionCsvReader.Read(bytes, null).Value!.Patient.Name);
    }

    [Fact]
    public void Bytes_invalid_in_both_encodings_are_refused()
    {
        var bytes = Encoding.ASCII.GetBytes("SJ1\n").Concat(new byte[] { 0x82, 0x20, 0x0A }).ToArray();

        Codes.AssertOnly(PrescriptionCsvReader.Read(bytes, null), PrescriptionCsvErrors.Encoding);
    }

    [Fact]
    public void A_charset_other_than_UTF_8_or_Shift_JIS_is_refused()
    {
        Codes.AssertOnly(PrescriptionCsvReader.Read(Encoding.UTF8.GetBytes(Csv), "iso-2022-jp"), PrescriptionCsvErrors.Charset);
    }

    [Theory]
    [InlineData("Shift_JIS")]
    [InlineData("windows-31j")]
    [InlineData("CP932")]
    public void The_names_of_Shift_JIS_are_recognized(string charset)
    {
        Assert.Same(CsvEncodings.ShiftJis, CsvEncodings.ForCharset(charset));
    }
}
