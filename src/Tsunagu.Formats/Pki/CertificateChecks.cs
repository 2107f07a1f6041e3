namespace Tsunagu.Formats.Pki;

/// <summary>
/// The checks of <see cref="CertificateValidator"/>; each error it reports names one of them in <see cref="Domain.Errors.FieldError.Field"/>,
/// so a caller can show which of 有効期間・証明書チェーン・失効・資格 failed.
/// </summary>
public static class CertificateChecks
{
    /// <summary>The certificate (and its CA) are valid at the instant asked about.</summary>
    public const string Validity = "validity";

    /// <summary>The certificate chains to a trusted CA of its role's scheme.</summary>
    public const string Chain = "chain";

    /// <summary>The issuing CA's current CRL does not list the certificate.</summary>
    public const string Revocation = "revocation";

    /// <summary>The certificate names a holder whose role is one of those expected.</summary>
    public const string Role = "role";

    public static IReadOnlyList<string> All { get; } = [Validity, Chain, Revocation, Role];
}
