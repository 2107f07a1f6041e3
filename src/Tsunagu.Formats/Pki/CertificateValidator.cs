using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Decides whether a signer's certificate (署名者の電子証明書) is acceptable at an instant: valid then (有効期間),
/// a signing certificate chained to a trusted CA of its role's scheme (HPKI for 医師/薬剤師, 公的個人認証 for 患者), not revoked per that CA's
/// CRL (失効確認), and held by one of the expected roles (資格確認). Every failing check is reported, each error's
/// <see cref="FieldError.Field"/> naming one of <see cref="CertificateChecks"/>.
/// </summary>
public static class CertificateValidator
{
    public static ValidationResult<CertificateHolder> Validate(
        X509Certificate2 certificate, TrustMaterial trust, IReadOnlySet<CertificateRole> expectedRoles, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(expectedRoles);
        var errors = new List<FieldError>();
        var holder = CertificateHolderReader.Read(certificate);
        errors.AddRange(holder.Errors.Select(e => e with { Field = CertificateChecks.Role }));
        AddIfPresent(errors, CheckTime(certificate, at, "certificate"));
        var chain = TrustChain.Resolve(certificate, trust);
        AddIfPresent(errors, chain.Error);
        if (!SigningUsage.Allows(certificate))
        {
            errors.Add(new FieldError(PkiErrors.NotForSigning, CertificateChecks.Chain));
        }

        if (chain.Authority is { } authority)
        {
            AddIfPresent(errors, CheckTime(authority.Anchor.Certificate, at, "CA certificate"));
            AddIfPresent(errors, CheckScheme(holder.Value, authority.Anchor));
            AddIfPresent(errors, CheckRevocation(certificate, authority.RevocationList, at));
        }

        if (holder.Value is { } known && !expectedRoles.Contains(known.Role))
        {
            errors.Add(new FieldError(PkiErrors.WrongRole, CertificateChecks.Role, Detail: $"{known.Role} is not expected here"));
        }

        return errors.Count == 0 ? ValidationResult<CertificateHolder>.Valid(holder.Value!) : ValidationResult<CertificateHolder>.Invalid(errors);
    }

    private static FieldError? CheckTime(X509Certificate2 certificate, DateTimeOffset at, string which)
    {
        if (at < certificate.NotBefore)
        {
            return new FieldError(PkiErrors.CertificateNotYetValid, CertificateChecks.Validity, Detail: $"{which} valid from {certificate.NotBefore.ToUniversalTime():u}");
        }

        return at > certificate.NotAfter
            ? new FieldError(PkiErrors.CertificateExpired, CertificateChecks.Validity, Detail: $"{which} expired {certificate.NotAfter.ToUniversalTime():u}")
            : null;
    }

    private static FieldError? CheckScheme(CertificateHolder? holder, TrustAnchor anchor) =>
        holder is null || CertificateRoles.SchemeOf(holder.Role) == anchor.Scheme
            ? null
            : new FieldError(PkiErrors.SchemeMismatch, CertificateChecks.Chain, Detail: $"{holder.Role} certificate from the {anchor.Scheme} CA");

    private static FieldError? CheckRevocation(X509Certificate2 certificate, RevocationList? crl, DateTimeOffset at)
    {
        if (crl is null)
        {
            return new FieldError(PkiErrors.RevocationUnknown, CertificateChecks.Revocation, Detail: "no valid CRL for the issuing CA");
        }

        if (!crl.IsCurrentAt(at))
        {
            return new FieldError(PkiErrors.RevocationUnknown, CertificateChecks.Revocation, Detail: $"the CRL expired {crl.NextUpdate:u}");
        }

        return crl.IsRevoked(certificate)
            ? new FieldError(PkiErrors.CertificateRevoked, CertificateChecks.Revocation, Detail: $"serial {certificate.SerialNumber}")
            : null;
    }

    private static void AddIfPresent(List<FieldError> errors, FieldError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
