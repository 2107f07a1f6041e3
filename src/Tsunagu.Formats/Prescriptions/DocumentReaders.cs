using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;

namespace Tsunagu.Formats.Prescriptions;

/// <summary>The one entry point per document kind: <c>DocumentReaders.Prescription.Read(body, mediaType, options)</c>.</summary>
public static class DocumentReaders
{
    /// <summary>処方箋: SJ1 / JAHISn CSV, ePrescriptionData Bundle, or a signed envelope around either.</summary>
    public static DocumentReader<Prescription> Prescription { get; } = new(
        (body, charset, options) => PrescriptionCsvReader.Read(body.Span, charset, options),
        (body, options) => PrescriptionBundleReader.Read(body.Span, options));

    /// <summary>調剤結果: SJD1 CSV, a Bundle of MedicationDispense, or a signed envelope around either.</summary>
    public static DocumentReader<DispensingResult> Dispensing { get; } = new(
        (body, charset, options) => DispensingCsvReader.Read(body.Span, charset, options),
        (body, options) => DispensingBundleReader.Read(body.Span, options));
}
