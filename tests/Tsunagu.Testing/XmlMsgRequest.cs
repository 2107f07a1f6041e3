using System.Text;

namespace Tsunagu.Testing;

/// <summary>
/// A 資格確認要求 XmlMsg (OQS-IF-001) as receipt software writes it, built as text (not through Tsunagu's own types) so
/// that a renamed element shows as a failure. Values are written as raw XML (so a test can put markup or an entity
/// reference in one); null leaves the element out. <see cref="Bytes"/> encodes the text in the encoding its declaration names.
/// </summary>
public sealed record XmlMsgRequest
{
    public string Encoding { get; init; } = "UTF-8";

    public string? CharacterCodeIdentifier { get; init; } = "0";

    public string? QualificationConfirmationDate { get; init; } = "20250401";

    public string? MedicalInstitutionCode { get; init; } = "1311111114";

    public string? ArbitraryFileIdentifier { get; init; } = "OQSsiquc01req_202504010900001";

    public string? InsurerNumber { get; init; } = MemberRecords.Insurer;

    public string? InsuredCardSymbol { get; init; } = "12-34";

    public string? InsuredIdentificationNumber { get; init; } = "4260";

    public string? InsuredBranchNumber { get; init; } = "01";

    public string? Birthdate { get; init; } = "19540501";

    public string? LimitApplicationCertificateRelatedConsFlg { get; init; } = "1";

    public string? SpecificDiseasesCertificateRelatedConsFlg { get; init; } = "1";

    public string? ArbitraryIdentifier { get; init; } = "patient-0042";

    /// <summary>Written inside QualificationConfirmSearchInfo after the other elements (a repeated or unknown element).</summary>
    public string ExtraSearchInfo { get; init; } = "";

    public string Text =>
        $"<?xml version=\"1.0\" encoding=\"{Encoding}\" standalone=\"no\"?>"
        + "<XmlMsg><MessageHeader>"
        + Element("QualificationConfirmationDate", QualificationConfirmationDate)
        + Element("MedicalInstitutionCode", MedicalInstitutionCode)
        + Element("ArbitraryFileIdentifier", ArbitraryFileIdentifier)
        + Element("CharacterCodeIdentifier", CharacterCodeIdentifier)
        + "</MessageHeader><MessageBody><QualificationConfirmSearchInfo>"
        + Element("InsurerNumber", InsurerNumber)
        + Element("InsuredCardSymbol", InsuredCardSymbol)
        + Element("InsuredIdentificationNumber", InsuredIdentificationNumber)
        + Element("InsuredBranchNumber", InsuredBranchNumber)
        + Element("Birthdate", Birthdate)
        + Element("LimitApplicationCertificateRelatedConsFlg", LimitApplicationCertificateRelatedConsFlg)
        + Element("SpecificDiseasesCertificateRelatedConsFlg", SpecificDiseasesCertificateRelatedConsFlg)
        + Element("ArbitraryIdentifier", ArbitraryIdentifier)
        + ExtraSearchInfo
        + "</QualificationConfirmSearchInfo></MessageBody></XmlMsg>";

    /// <summary>The Shift_JIS encoding as receipt software writes it (Windows code page 932).</summary>
    public static Encoding ShiftJis { get; } = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    /// <summary>A request in Shift_JIS, saying so in its declaration and its CharacterCodeIdentifier.</summary>
    public XmlMsgRequest InShiftJis() => this with { Encoding = "Shift_JIS", CharacterCodeIdentifier = "1" };

    public byte[] Bytes() => (Encoding.Equals("Shift_JIS", StringComparison.OrdinalIgnoreCase) ? ShiftJis : System.Text.Encoding.UTF8).GetBytes(Text);

    private static string Element(string name, string? value) => value is null ? "" : $"<{name}>{value}</{name}>";
}
