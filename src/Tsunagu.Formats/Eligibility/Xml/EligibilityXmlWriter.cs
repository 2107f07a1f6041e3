using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using static Tsunagu.Formats.Eligibility.Xml.EligibilityXmlNames;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Writes the 資格確認結果 XmlMsg (OQS-IF-002, <c>OQSsiquc01res</c>) in the request's encoding: a result, a per-person
/// error (処理結果状況 2), or a file-level error (処理結果区分 9 異常終了) for a message that could not be read.
/// Dates are yyyyMMdd and times yyyyMMddHHmmss in Japan time.
/// </summary>
public static class EligibilityXmlWriter
{
    private const string SegmentNormal = "1";
    private const string SegmentAbnormal = "9";
    private const string ProcessingNormal = "1";
    private const string ProcessingError = "2";

    /// <summary>The answer of a check that ran: SegmentOfResult 1, ProcessingResultStatus 1, QualificationValidity, ResultList.</summary>
    public static byte[] Result(EligibilityXmlRequest request, EligibilityResult result, DateTimeOffset executedAt) =>
        XmlMsgWriter.Document(request.Header.CharacterCode, xml =>
        {
            Header(xml, executedAt, request, OqsDates.Date(result.ConfirmationDate), result.Reference, SegmentNormal);
            xml.Group(MessageBody, () =>
            {
                xml.Leaf("ProcessingResultStatus", ProcessingNormal);
                xml.Leaf("QualificationValidity", (int)result.Validity);
                xml.Group("ResultList", () =>
                {
                    foreach (var coverage in result.Coverages)
                    {
                        CoverageXml.Write(xml, coverage, executedAt);
                    }
                });
                SearchInfo(xml, request.Query);
                PublicExpenseXml.Write(xml, result.PublicExpenses);
            });
        });

    /// <summary>
    /// The answer to a readable message whose search info is wrong: SegmentOfResult 1, ProcessingResultStatus 2, the first
    /// error's code as ProcessingResultCode and every error in ProcessingResultMessage.
    /// </summary>
    public static byte[] PersonError(EligibilityXmlRequest request, IReadOnlyList<FieldError> errors, DateTimeOffset executedAt) =>
        XmlMsgWriter.Document(request.Header.CharacterCode, xml =>
        {
            Header(xml, executedAt, request, OqsDates.FromIso(request.Query.QualificationConfirmationDate), ReferenceClassification.InsuranceCardNumber, SegmentNormal);
            xml.Group(MessageBody, () =>
            {
                xml.Leaf("ProcessingResultStatus", ProcessingError);
                xml.Leaf("ProcessingResultCode", errors[0].Error.Code);
                xml.Leaf("ProcessingResultMessage", XmlErrorText.Of(errors));
                SearchInfo(xml, request.Query);
            });
        });

    /// <summary>
    /// The answer to a message refused as a whole: SegmentOfResult 9 with the first error's code as ErrorCode and every
    /// error in ErrorMessage, and an empty MessageBody. Without <paramref name="request"/> (it could not be read) the answer
    /// is UTF-8 and echoes nothing; with it, the header is echoed in the request's encoding.
    /// </summary>
    public static byte[] FileError(IReadOnlyList<FieldError> errors, DateTimeOffset executedAt, EligibilityXmlRequest? request = null) =>
        XmlMsgWriter.Document(request?.Header.CharacterCode ?? XmlCharacterCode.Utf8, xml =>
        {
            Header(xml, executedAt, request, OqsDates.FromIso(request?.Query.QualificationConfirmationDate), request is null ? null : ReferenceClassification.InsuranceCardNumber, SegmentAbnormal, errors);
            xml.Group(MessageBody, () => { });
        });

    private static void Header(
        XmlMsgWriter xml, DateTimeOffset executedAt, EligibilityXmlRequest? request, string? confirmationDate, ReferenceClassification? reference, string segment, IReadOnlyList<FieldError>? errors = null) =>
        xml.Group(MessageHeader, () =>
        {
            xml.Time("ProcessExecutionTime", executedAt);
            xml.Leaf(QualificationConfirmationDate, confirmationDate);
            xml.Leaf(MedicalInstitutionCode, request?.Header.MedicalInstitutionCode);
            xml.Leaf(ArbitraryFileIdentifier, request?.Header.ArbitraryFileIdentifier);
            xml.Leaf("ReferenceClassification", (int?)reference);
            xml.Leaf("SegmentOfResult", segment);
            xml.Leaf("ErrorCode", errors?[0].Error.Code);
            xml.Leaf("ErrorMessage", errors is null ? null : XmlErrorText.Of(errors));
            xml.Leaf(CharacterCodeIdentifier, (int)(request?.Header.CharacterCode ?? XmlCharacterCode.Utf8));
        });

    /// <summary>The request's QualificationConfirmSearchInfo echoed back, its Birthdate in yyyyMMdd again.</summary>
    private static void SearchInfo(XmlMsgWriter xml, EligibilityQueryDraft query) =>
        xml.Group(QualificationConfirmSearchInfo, () =>
        {
            xml.Leaf(InsurerNumber, query.InsurerNumber);
            xml.Leaf(InsuredCardSymbol, query.InsuredCardSymbol);
            xml.Leaf(InsuredIdentificationNumber, query.InsuredIdentificationNumber);
            xml.Leaf(InsuredBranchNumber, query.InsuredBranchNumber);
            xml.Leaf(Birthdate, OqsDates.FromIso(query.Birthdate));
            xml.Leaf(LimitApplicationCertificateRelatedConsFlg, query.LimitApplicationCertificateRelatedConsFlg);
            xml.Leaf(SpecificDiseasesCertificateRelatedConsFlg, query.SpecificDiseasesCertificateRelatedConsFlg);
            xml.Leaf(ArbitraryIdentifier, query.ArbitraryIdentifier);
        });
}
