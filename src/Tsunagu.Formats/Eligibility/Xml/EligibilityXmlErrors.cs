using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>Errors of reading an eligibility request XmlMsg (資格確認要求, OQS-IF-001); each names the element path.</summary>
public static class EligibilityXmlErrors
{
    public static readonly ErrorCode RootInvalid = new(
        "ELIGIBILITY_XML_ROOT", ErrorKind.Invalid,
        "ルート要素が XmlMsg ではありません。", "The root element is not XmlMsg (without a namespace).");

    public static readonly ErrorCode ElementMissing = new(
        "ELIGIBILITY_XML_ELEMENT_MISSING", ErrorKind.Invalid,
        "必須の要素がありません（MessageHeader, MessageBody, QualificationConfirmSearchInfo）。",
        "A required element is missing (MessageHeader, MessageBody, QualificationConfirmSearchInfo).");

    public static readonly ErrorCode ElementRepeated = new(
        "ELIGIBILITY_XML_ELEMENT_REPEATED", ErrorKind.Invalid,
        "1回だけ記載できる要素が複数あります。", "An element that may appear once appears more than once.");

    public static readonly ErrorCode DateInvalid = new(
        "ELIGIBILITY_XML_DATE_INVALID", ErrorKind.Invalid,
        "日付が不正です（yyyyMMdd 形式の実在する日付）。", "The date is invalid (expected an existing date as yyyyMMdd).");

    public static readonly ErrorCode EncodingUnsupported = new(
        "ELIGIBILITY_XML_ENCODING_UNSUPPORTED", ErrorKind.Invalid,
        "文字コードは UTF-8 または Shift_JIS のみ使用できます。", "The XML encoding must be UTF-8 or Shift_JIS.");

    public static readonly ErrorCode EncodingMismatch = new(
        "ELIGIBILITY_XML_ENCODING_MISMATCH", ErrorKind.Invalid,
        "文字コード識別（CharacterCodeIdentifier）が XML 宣言の encoding と一致しません。",
        "CharacterCodeIdentifier contradicts the encoding of the XML declaration (0 UTF-8, 1 Shift_JIS).");
}
