using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Errors of creating and checking an XAdES electronic signature (電子署名). Whether the signer's certificate is
/// trusted, current, unrevoked and of the right role is reported with <see cref="Pki.PkiErrors"/>.
/// </summary>
public static class SignatureErrors
{
    public static readonly ErrorCode Missing = new(
        "SIGNATURE_MISSING", ErrorKind.Invalid,
        "電子署名（ds:Signature 要素）がありません。", "The document is not an enveloping XML signature (no ds:Signature root).");

    public static readonly ErrorCode StructureInvalid = new(
        "SIGNATURE_STRUCTURE_INVALID", ErrorKind.Invalid,
        "電子署名の構造が XAdES の規定と一致しません。", "The signature does not have the expected XAdES structure.");

    public static readonly ErrorCode AlgorithmUnsupported = new(
        "SIGNATURE_ALGORITHM_UNSUPPORTED", ErrorKind.Invalid,
        "電子署名のアルゴリズムが RSA-SHA256・SHA-256・排他的正規化ではありません。",
        "The signature uses an algorithm other than RSA-SHA256, SHA-256 and exclusive canonicalization.");

    public static readonly ErrorCode CertificateMissing = new(
        "SIGNATURE_CERT_MISSING", ErrorKind.Invalid,
        "電子署名に署名者の電子証明書（KeyInfo/X509Data）が含まれていません。",
        "The signature does not carry exactly one signer certificate in KeyInfo/X509Data.");

    public static readonly ErrorCode SigningCertificateMismatch = new(
        "SIGNATURE_SIGNING_CERT_MISMATCH", ErrorKind.Invalid,
        "署名対象の署名者証明書情報（SigningCertificateV2）が KeyInfo の電子証明書と一致しません。",
        "The signed SigningCertificateV2 digest or issuer/serial does not match the certificate in KeyInfo.");

    public static readonly ErrorCode ValueInvalid = new(
        "SIGNATURE_INVALID", ErrorKind.Invalid,
        "電子署名の検証に失敗しました。署名後に内容が改ざんされた可能性があります。",
        "The signature does not verify: the content or signed properties were changed after signing.");

    public static readonly ErrorCode SignerKeyUnusable = new(
        "SIGNATURE_SIGNER_KEY_UNUSABLE", ErrorKind.Invalid,
        "署名に使う電子証明書に RSA 秘密鍵がありません。", "The signer certificate has no RSA private key to sign with.");

    public static readonly ErrorCode MediaTypeInvalid = new(
        "SIGNATURE_MEDIA_TYPE_INVALID", ErrorKind.Invalid,
        "署名対象のメディアタイプが正しくありません。", "The media type of the signed content is missing or malformed.");
}
