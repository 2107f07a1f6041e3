using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Signatures;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Reads prescriptions and dispensing results in any format through <see cref="DocumentReaders"/>, verifying a signed
/// envelope against the server's trusted CAs now: a prescription's signer must be a 医師, a dispensing result's a 薬剤師.
/// A signer whose certificate names a facility must belong to the document's.
/// </summary>
public sealed class PrescriptionDocuments(TrustStore trust, TimeProvider clock)
{
    private static readonly HashSet<CertificateRole> Doctors = [CertificateRole.Doctor];
    private static readonly HashSet<CertificateRole> Pharmacists = [CertificateRole.Pharmacist];

    public ValidationResult<DocumentRead<Prescription>> ReadPrescription(ReadOnlyMemory<byte> body, string mediaType) =>
        SignedByItsFacility(DocumentReaders.Prescription.Read(body, mediaType, Verifying(Doctors)), p => p.Facility.Code);

    public ValidationResult<DocumentRead<DispensingResult>> ReadDispensing(ReadOnlyMemory<byte> body, string mediaType) =>
        SignedByItsFacility(DocumentReaders.Dispensing.Read(body, mediaType, Verifying(Pharmacists)), d => d.Pharmacy.Code);

    private DocumentReadOptions Verifying(IReadOnlySet<CertificateRole> roles) => new()
    {
        VerifyEnvelope = xml => SignedEnvelopeVerifier.Verify(xml, trust.Current, roles, clock.GetUtcNow()),
    };

    private static ValidationResult<DocumentRead<T>> SignedByItsFacility<T>(ValidationResult<DocumentRead<T>> read, Func<T, string> facility) =>
        read.Value is { Signer.Facility: { } signer } document && signer.Value != facility(document.Content)
            ? ValidationResult<DocumentRead<T>>.Invalid([new FieldError(PrescriptionErrors.SignerFacility, "signature", Detail: signer.Value)])
            : read;
}
