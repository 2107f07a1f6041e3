using System.Text;
using System.Xml;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Signatures;
using static Tsunagu.Formats.Eligibility.Xml.EligibilityXmlNames;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Reads a 資格確認要求 XmlMsg (OQS-IF-001, <c>OQSsiquc01req</c>): a check by 被保険者番号等 in UTF-8 or Shift_JIS, parsed by
/// <see cref="SafeXmlLoader"/> (no DTD, no entities, no resolver, size-limited). A message that cannot be read — hostile,
/// malformed, another root, a missing MessageHeader / MessageBody / QualificationConfirmSearchInfo, an unusable header —
/// fails as a whole; problems inside the search info are kept in <see cref="EligibilityXmlRequest.QueryErrors"/>.
/// </summary>
public static class EligibilityXmlReader
{
    /// <summary>64 KiB: a request is well under 2 KiB.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly SafeXmlLimits Limits = new(MaxBytes, MaxBytes);

    /// <summary>Makes Shift_JIS known to the XML reader, which looks the declaration's encoding up by name.</summary>
    static EligibilityXmlReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ValidationResult<EligibilityXmlRequest> Read(ReadOnlyMemory<byte> xml)
    {
        var loaded = SafeXmlLoader.Load(xml, Limits);
        if (!loaded.IsValid)
        {
            return ValidationResult<EligibilityXmlRequest>.Invalid([.. loaded.Errors.Select(e => e with { Field = Root })]);
        }

        var root = loaded.Value!.DocumentElement!;
        if (root.LocalName != Root || root.NamespaceURI.Length != 0)
        {
            return Failure.Of<EligibilityXmlRequest>(EligibilityXmlErrors.RootInvalid, Root, root.Name);
        }

        var (code, encoding) = XmlDeclaredEncoding.Of(loaded.Value, xml.Span);
        return code is { } known
            ? ReadMessage(root, known)
            : Failure.Of<EligibilityXmlRequest>(EligibilityXmlErrors.EncodingUnsupported, Root, encoding);
    }

    private static ValidationResult<EligibilityXmlRequest> ReadMessage(XmlElement root, XmlCharacterCode code)
    {
        var file = new XmlMsgElements();
        var header = file.Required(root, Root, MessageHeader);
        var body = file.Required(root, Root, MessageBody);
        var searchInfo = body is null ? null : file.Required(body, BodyPath, QualificationConfirmSearchInfo);
        if (header is null || searchInfo is null)
        {
            return ValidationResult<EligibilityXmlRequest>.Invalid(file.Errors);
        }

        var values = ReadHeader(file, header, code);
        var date = file.Date(header, HeaderPath, QualificationConfirmationDate);
        var person = new XmlMsgElements();
        var query = ReadSearchInfo(person, searchInfo) with { QualificationConfirmationDate = date };
        return file.HasErrors
            ? ValidationResult<EligibilityXmlRequest>.Invalid(file.Errors)
            : ValidationResult<EligibilityXmlRequest>.Valid(new EligibilityXmlRequest(values, query, person.Errors));
    }

    private static EligibilityXmlHeader ReadHeader(XmlMsgElements file, XmlElement header, XmlCharacterCode code)
    {
        var facility = file.Text(header, HeaderPath, MedicalInstitutionCode)?.Trim();
        if (string.IsNullOrEmpty(facility))
        {
            file.Add(InputErrors.Required, $"{HeaderPath}/{MedicalInstitutionCode}");
        }

        CheckCharacterCode(file, file.Text(header, HeaderPath, CharacterCodeIdentifier)?.Trim(), code);
        return new EligibilityXmlHeader(facility ?? string.Empty, file.Text(header, HeaderPath, ArbitraryFileIdentifier), code);
    }

    /// <summary>CharacterCodeIdentifier is optional; when given it must name the encoding the declaration names.</summary>
    private static void CheckCharacterCode(XmlMsgElements file, string? identifier, XmlCharacterCode code)
    {
        var path = $"{HeaderPath}/{CharacterCodeIdentifier}";
        var stated = identifier switch
        {
            null or "" => code,
            "0" => XmlCharacterCode.Utf8,
            "1" => XmlCharacterCode.ShiftJis,
            _ => (XmlCharacterCode?)null,
        };
        if (stated is null)
        {
            file.Add(InputErrors.NotInTable, path, identifier);
        }
        else if (stated != code)
        {
            file.Add(EligibilityXmlErrors.EncodingMismatch, path, $"{identifier} ({XmlCharacterCodes.NameOf(stated.Value)}) but the declaration says {XmlCharacterCodes.NameOf(code)}");
        }
    }

    private static EligibilityQueryDraft ReadSearchInfo(XmlMsgElements person, XmlElement info) => new()
    {
        InsurerNumber = person.Text(info, SearchInfoPath, InsurerNumber),
        InsuredCardSymbol = person.Text(info, SearchInfoPath, InsuredCardSymbol),
        InsuredIdentificationNumber = person.Text(info, SearchInfoPath, InsuredIdentificationNumber),
        InsuredBranchNumber = person.Text(info, SearchInfoPath, InsuredBranchNumber),
        Birthdate = person.Date(info, SearchInfoPath, Birthdate),
        LimitApplicationCertificateRelatedConsFlg = person.Text(info, SearchInfoPath, LimitApplicationCertificateRelatedConsFlg),
        SpecificDiseasesCertificateRelatedConsFlg = person.Text(info, SearchInfoPath, SpecificDiseasesCertificateRelatedConsFlg),
        ArbitraryIdentifier = person.Text(info, SearchInfoPath, ArbitraryIdentifier),
    };
}
