using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Signatures;

namespace Tsunagu.Formats.Prescriptions;

/// <summary>
/// Reads a prescription or dispensing document in any format (one instance each in <see cref="DocumentReaders"/>). Routes a body by media type: <c>text/csv</c> (with its charset) to a CSV reader, <c>application/fhir+json</c> (or
/// <c>application/json</c>) to a FHIR reader, and XML — a signed XAdES envelope — through the caller's verifier to the
/// reader of the embedded media type. XML is parsed only by <see cref="SafeXmlLoader"/> (through the verifier or here), so a
/// DTD or external entity is refused; an envelope does not nest another envelope.
/// </summary>
public sealed class DocumentReader<T>
{
    private readonly Func<ReadOnlyMemory<byte>, string?, DocumentReadOptions, ValidationResult<T>> readCsv;
    private readonly Func<ReadOnlyMemory<byte>, DocumentReadOptions, ValidationResult<T>> readFhir;

    internal DocumentReader(
        Func<ReadOnlyMemory<byte>, string?, DocumentReadOptions, ValidationResult<T>> readCsv,
        Func<ReadOnlyMemory<byte>, DocumentReadOptions, ValidationResult<T>> readFhir)
    {
        this.readCsv = readCsv;
        this.readFhir = readFhir;
    }

    /// <param name="mediaType">The body's media type with parameters, e.g. <c>text/csv; charset=Shift_JIS</c>.</param>
    public ValidationResult<DocumentRead<T>> Read(ReadOnlyMemory<byte> body, string mediaType, DocumentReadOptions? options = null)
    {
        options ??= DocumentReadOptions.Default;
        if (MediaTypes.IsXml(mediaType ?? string.Empty))
        {
            return Unwrap(body, options);
        }

        return ReadPlain(body, mediaType, options, signer: null);
    }

    /// <summary>Reads the content of an envelope the caller already verified with <see cref="SignedEnvelopeVerifier"/>.</summary>
    public ValidationResult<DocumentRead<T>> Read(VerifiedEnvelope envelope, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var mediaType = envelope.Envelope.MediaType;
        return MediaTypes.IsXml(mediaType)
            ? Failure.Of<DocumentRead<T>>(InputErrors.UnsupportedMediaType, "envelope.mediaType", $"{mediaType}: an envelope carries CSV or FHIR JSON")
            : ReadPlain(envelope.Envelope.Content, mediaType, options ?? DocumentReadOptions.Default, envelope.Signer);
    }

    private ValidationResult<DocumentRead<T>> Unwrap(ReadOnlyMemory<byte> body, DocumentReadOptions options)
    {
        if (options.VerifyEnvelope is null)
        {
            var xml = SafeXmlLoader.Load(body);
            return xml.IsValid
                ? Failure.Of<DocumentRead<T>>(PrescriptionDocumentErrors.EnvelopeNotVerified, "body", "no signature verification is configured for this reader")
                : Failure.From<DocumentRead<T>, System.Xml.XmlDocument>(xml);
        }

        var verified = options.VerifyEnvelope(body);
        if (!verified.IsValid)
        {
            return Failure.From<DocumentRead<T>, VerifiedEnvelope>(verified);
        }

        return Read(verified.Value!, options);
    }

    private ValidationResult<DocumentRead<T>> ReadPlain(ReadOnlyMemory<byte> body, string? mediaType, DocumentReadOptions options, Pki.CertificateHolder? signer)
    {
        var type = ContentType.Parse(mediaType);
        var (result, format) = type.Essence switch
        {
            MediaTypes.Csv => (readCsv(body, type.Charset, options), DocumentFormat.Csv),
            MediaTypes.FhirJson or "application/json" => (readFhir(body, options), DocumentFormat.FhirJson),
            _ => (null, DocumentFormat.Csv),
        };
        if (result is null)
        {
            return Failure.Of<DocumentRead<T>>(InputErrors.UnsupportedMediaType, "mediaType", $"'{mediaType}': expected text/csv, application/fhir+json or a signed application/xml envelope");
        }

        return result.IsValid ? ValidationResult<DocumentRead<T>>.Valid(new DocumentRead<T>(result.Value!, format, signer)) : Failure.From<DocumentRead<T>, T>(result);
    }
}
