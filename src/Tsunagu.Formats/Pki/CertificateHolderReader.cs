using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Reads who an end-entity certificate (電子証明書) speaks for. The test PKI carries the holder in the subject name:
/// <list type="bullet">
/// <item><c>CN</c> (commonName, 2.5.4.3): the holder's name (氏名), UTF8String, Japanese allowed;</item>
/// <item><c>title</c> (2.5.4.12): the role, exactly <c>doctor</c>, <c>pharmacist</c> or <c>patient</c>;</item>
/// <item><c>organizationIdentifier</c> (2.5.4.97), doctors and pharmacists only, optional: the 10-digit
/// 医療機関コード of the facility, plain digits, checked with <see cref="FacilityCode.Parse"/>.</item>
/// </list>
/// Each attribute must appear at most once, in a single-valued RDN. The subject also holds <c>O=Tsunagu Test PKI, C=JP</c>.
/// </summary>
public static class CertificateHolderReader
{
    public static ValidationResult<CertificateHolder> Read(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        string? name = null, title = null, facility = null;
        try
        {
            foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
            {
                if (rdn.HasMultipleElements)
                {
                    continue;
                }

                var value = rdn.GetSingleElementValue();
                switch (rdn.GetSingleElementType().Value)
                {
                    case PkiOids.CommonName when name is null: name = value; break;
                    case PkiOids.Title when title is null: title = value; break;
                    case PkiOids.OrganizationIdentifier when facility is null: facility = value; break;
                    case PkiOids.CommonName or PkiOids.Title or PkiOids.OrganizationIdentifier: return Malformed("subject", "attribute repeated");
                }
            }
        }
        catch (CryptographicException)
        {
            return Malformed("subject", "unreadable subject name");
        }

        if (!CertificateRoles.TryParseTitle(title, out var role))
        {
            return Malformed("subject.title", $"unknown role title '{title}'");
        }

        var holder = CertificateHolder.Create(name, role.Value, facility);
        return holder.IsValid ? holder : Malformed("subject", string.Join(", ", holder.Errors.Select(e => e.Error.Code)));
    }

    private static ValidationResult<CertificateHolder> Malformed(string field, string detail) =>
        Failure.Of<CertificateHolder>(PkiErrors.CertificateMalformed, field, detail);
}
