using System.Text;
using BenchmarkDotNet.Attributes;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Benchmarks.Prescriptions;

/// <summary>
/// In-process cost of reading one prescription (3 RPs, 5 drugs) into the canonical model: SJ1 CSV in UTF-8 and in
/// Shift_JIS, the same through the media-type dispatch, and the ePrescriptionData Bundle (Firely parsing included).
/// </summary>
[MemoryDiagnoser]
public class PrescriptionFormatBenchmarks
{
    private byte[] utf8Csv = [];
    private byte[] shiftJisCsv = [];
    private byte[] bundle = [];

    [GlobalSetup]
    public void Setup()
    {
        var prescription = SamplePrescriptions.ThreeRpsFiveDrugs();
        var csv = PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1);
        utf8Csv = Encoding.UTF8.GetBytes(csv);
        shiftJisCsv = CsvEncodings.ShiftJis.GetBytes(csv);
        bundle = PrescriptionBundleWriter.WriteJson(prescription);
    }

    [Benchmark(Baseline = true)]
    public Prescription Sj1CsvUtf8() => PrescriptionCsvReader.Read(utf8Csv, "utf-8").Value!;

    [Benchmark]
    public Prescription Sj1CsvShiftJis() => PrescriptionCsvReader.Read(shiftJisCsv, "Shift_JIS").Value!;

    [Benchmark]
    public Prescription Sj1CsvThroughDocumentReader() => DocumentReaders.Prescription.Read(utf8Csv, "text/csv; charset=utf-8").Value!.Content;

    [Benchmark]
    public Prescription EPrescriptionDataBundle() => PrescriptionBundleReader.Read(bundle).Value!;
}
