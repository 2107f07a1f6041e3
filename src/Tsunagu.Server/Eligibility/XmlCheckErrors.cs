using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Eligibility;

/// <summary>Errors of checks sent as the national XmlMsg that concern the caller rather than the message's form.</summary>
public static class XmlCheckErrors
{
    public static readonly ErrorCode OtherFacility = new(
        "ELIGIBILITY_XML_OTHER_FACILITY", ErrorKind.Forbidden,
        "MessageHeader の医療機関コード（MedicalInstitutionCode）が照会元の医療機関等のコードと一致しません。",
        "MedicalInstitutionCode in the MessageHeader is not the calling facility's code.");
}
