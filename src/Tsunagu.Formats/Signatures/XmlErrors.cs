using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>Errors of <see cref="SafeXmlLoader"/>, shared by every XML reader in the product (処方箋 XML, 電子署名, …).</summary>
public static class XmlErrors
{
    public static readonly ErrorCode Malformed = new(
        "XML_MALFORMED", ErrorKind.Invalid,
        "XML の形式が正しくありません。", "The XML is not well-formed.");

    public static readonly ErrorCode DtdForbidden = new(
        "XML_DTD_FORBIDDEN", ErrorKind.Invalid,
        "XML に DTD（DOCTYPE 宣言・外部実体参照）を含めることはできません。",
        "The XML contains a DTD (DOCTYPE declaration or external entity), which is refused.");

    public static readonly ErrorCode TooLarge = new(
        "XML_TOO_LARGE", ErrorKind.TooLarge,
        "XML が大きすぎます。", "The XML exceeds the size limit.");
}
