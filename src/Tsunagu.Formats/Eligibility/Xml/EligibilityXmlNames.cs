namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>Element names shared by the request and the result XmlMsg, and the paths errors name.</summary>
public static class EligibilityXmlNames
{
    public const string Root = "XmlMsg";
    public const string MessageHeader = "MessageHeader";
    public const string MessageBody = "MessageBody";
    public const string QualificationConfirmSearchInfo = "QualificationConfirmSearchInfo";

    public const string QualificationConfirmationDate = "QualificationConfirmationDate";
    public const string MedicalInstitutionCode = "MedicalInstitutionCode";
    public const string ArbitraryFileIdentifier = "ArbitraryFileIdentifier";
    public const string CharacterCodeIdentifier = "CharacterCodeIdentifier";

    public const string InsurerNumber = "InsurerNumber";
    public const string InsuredCardSymbol = "InsuredCardSymbol";
    public const string InsuredIdentificationNumber = "InsuredIdentificationNumber";
    public const string InsuredBranchNumber = "InsuredBranchNumber";
    public const string Birthdate = "Birthdate";
    public const string LimitApplicationCertificateRelatedConsFlg = "LimitApplicationCertificateRelatedConsFlg";
    public const string SpecificDiseasesCertificateRelatedConsFlg = "SpecificDiseasesCertificateRelatedConsFlg";
    public const string ArbitraryIdentifier = "ArbitraryIdentifier";

    public const string HeaderPath = Root + "/" + MessageHeader;
    public const string BodyPath = Root + "/" + MessageBody;
    public const string SearchInfoPath = BodyPath + "/" + QualificationConfirmSearchInfo;

    /// <summary>
    /// The element path of a field the domain reader names in camelCase (e.g. <c>birthdate</c> →
    /// <c>XmlMsg/MessageBody/QualificationConfirmSearchInfo/Birthdate</c>; the confirmation date is in the header).
    /// </summary>
    public static string PathOf(string field)
    {
        var element = char.ToUpperInvariant(field[0]) + field[1..];
        return element == QualificationConfirmationDate ? $"{HeaderPath}/{element}" : $"{SearchInfoPath}/{element}";
    }
}
