using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// A readable 資格確認要求 XmlMsg (OQS-IF-001): its header, and its QualificationConfirmSearchInfo as a draft whose dates
/// are ISO (<c>yyyy-MM-dd</c>), with the header's 資格確認日 as <see cref="EligibilityQueryDraft.QualificationConfirmationDate"/>.
/// <see cref="QueryErrors"/> holds what reading found wrong in the search info (a Birthdate not in yyyyMMdd, an element
/// given twice or holding elements); like the domain rules' errors, they are the person's — answered with 処理結果状況 2,
/// not by refusing the file.
/// </summary>
public sealed record EligibilityXmlRequest(EligibilityXmlHeader Header, EligibilityQueryDraft Query, IReadOnlyList<FieldError> QueryErrors);
