using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Errors of the test PKI (HPKI / 公的個人認証 stand-ins): issuing certificates, reading CRLs (失効リスト)
/// and validating a signer's certificate (電子証明書の有効性確認).
/// </summary>
public static class PkiErrors
{
    public static readonly ErrorCode NameRequired = new(
        "PKI_NAME_REQUIRED", ErrorKind.Invalid,
        "証明書の氏名が指定されていません。", "The certificate holder's name is required.");

    public static readonly ErrorCode FacilityNotAllowed = new(
        "PKI_FACILITY_NOT_ALLOWED", ErrorKind.Invalid,
        "医療機関コードは医師・薬剤師の証明書にのみ指定できます。", "A facility code is allowed only on doctor and pharmacist certificates.");

    public static readonly ErrorCode RoleNotIssuedByScheme = new(
        "PKI_ROLE_NOT_ISSUED_BY_SCHEME", ErrorKind.Invalid,
        "この認証局はこの役割の証明書を発行できません。", "This certificate authority does not issue certificates for this role.");

    public static readonly ErrorCode ValidityInvalid = new(
        "PKI_VALIDITY_INVALID", ErrorKind.Invalid,
        "証明書の有効期間が正しくないか、認証局の有効期間を超えています。",
        "The validity period is inverted or outside the certificate authority's own validity.");

    public static readonly ErrorCode SerialInvalid = new(
        "PKI_SERIAL_INVALID", ErrorKind.Invalid,
        "シリアル番号は16進数で指定してください。", "The serial number must be hexadecimal.");

    public static readonly ErrorCode NotIssuedByAuthority = new(
        "PKI_NOT_ISSUED_BY_CA", ErrorKind.Invalid,
        "この証明書は当該認証局が発行したものではありません。", "The certificate was not issued by this certificate authority.");

    public static readonly ErrorCode CrlMalformed = new(
        "PKI_CRL_MALFORMED", ErrorKind.Invalid,
        "証明書失効リスト（CRL）の形式が正しくありません。", "The certificate revocation list (CRL) is malformed.");

    public static readonly ErrorCode CrlWrongIssuer = new(
        "PKI_CRL_WRONG_ISSUER", ErrorKind.Invalid,
        "証明書失効リスト（CRL）の発行者が認証局と一致しません。", "The CRL was not issued by this certificate authority.");

    public static readonly ErrorCode CrlSignatureInvalid = new(
        "PKI_CRL_SIGNATURE_INVALID", ErrorKind.Invalid,
        "証明書失効リスト（CRL）の署名を検証できません。", "The CRL's signature does not verify against the certificate authority's key.");

    public static readonly ErrorCode CertificateMalformed = new(
        "SIGNATURE_CERT_MALFORMED", ErrorKind.Invalid,
        "署名者の電子証明書の形式が正しくありません。", "The signer's certificate is malformed or lacks the holder's name or role.");

    public static readonly ErrorCode UntrustedCa = new(
        "SIGNATURE_UNTRUSTED_CA", ErrorKind.Invalid,
        "署名者の電子証明書は信頼された認証局から発行されていません。", "The signer's certificate does not chain to a trusted certificate authority.");

    public static readonly ErrorCode SchemeMismatch = new(
        "SIGNATURE_SCHEME_MISMATCH", ErrorKind.Invalid,
        "電子証明書の役割と発行した認証局の種別（HPKI/公的個人認証）が一致しません。",
        "The certificate's role does not belong to the trust scheme (HPKI/JPKI) of the CA that issued it.");

    public static readonly ErrorCode ChainInvalid = new(
        "SIGNATURE_CHAIN_INVALID", ErrorKind.Invalid,
        "電子証明書の証明書チェーンが正しくありません。", "The certificate chain is invalid.");

    public static readonly ErrorCode NotForSigning = new(
        "SIGNATURE_CERT_NOT_FOR_SIGNING", ErrorKind.Invalid,
        "署名用の電子証明書ではありません（認証局の証明書、または鍵用途に署名がありません）。",
        "The certificate is not a signing certificate: it is a CA, or lacks digitalSignature/nonRepudiation key usage.");

    public static readonly ErrorCode CertificateExpired = new(
        "SIGNATURE_CERT_EXPIRED", ErrorKind.Invalid,
        "電子証明書の有効期限が切れています。", "The certificate has expired.");

    public static readonly ErrorCode CertificateNotYetValid = new(
        "SIGNATURE_CERT_NOT_YET_VALID", ErrorKind.Invalid,
        "電子証明書の有効期間がまだ始まっていません。", "The certificate is not yet valid.");

    public static readonly ErrorCode CertificateRevoked = new(
        "SIGNATURE_CERT_REVOKED", ErrorKind.Invalid,
        "電子証明書は失効しています。", "The certificate has been revoked.");

    public static readonly ErrorCode RevocationUnknown = new(
        "SIGNATURE_REVOCATION_UNKNOWN", ErrorKind.Invalid,
        "有効な証明書失効リスト（CRL）がないため失効状態を確認できません。",
        "The revocation status cannot be checked: there is no valid, current CRL for the issuing CA.");

    public static readonly ErrorCode WrongRole = new(
        "SIGNATURE_WRONG_ROLE", ErrorKind.Forbidden,
        "この操作に必要な資格（医師・薬剤師・本人）の電子証明書ではありません。",
        "The certificate is not for a role (doctor, pharmacist, patient) that may sign this.");
}
