using Tsunagu.Formats.Prescriptions;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.Prescriptions;

/// <summary>The public e-prescription examples in ../shared/fixtures/eprescription (read in place, never copied).</summary>
internal static class Fixtures
{
    public const string QrCsv = "fhir-prescription_from_qr_example_utf8.csv";
    public const string NsipsCsv = "fhir-prescription_from_sips_example_utf8.csv";
    public const string EPreDataBundle = "Bundle-Bundle-for-JP-MedReq-ePreData-Example01.json";
    public const string EPreBundle = "Bundle-Bundle-for-JP-MedReq-ePreBundleExample01.json";

    /// <summary>The published examples carry dummy 医療機関コード and 保険者番号 whose check digits do not match.</summary>
    public static DocumentReadOptions Lenient { get; } = new() { CheckIdentifiers = false };

    public static byte[] Bytes(string name) => File.ReadAllBytes(SharedFolder.PathOrSkip("fixtures", "eprescription", name));
}
