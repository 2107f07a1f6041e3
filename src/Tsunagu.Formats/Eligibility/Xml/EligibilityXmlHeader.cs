namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// What a request's MessageHeader says besides the date asked about: the 医療機関コード of the sender, its 任意ファイル識別子
/// (echoed back), and the encoding the message came in — the one the result is written in.
/// </summary>
public sealed record EligibilityXmlHeader(string MedicalInstitutionCode, string? ArbitraryFileIdentifier, XmlCharacterCode CharacterCode);
