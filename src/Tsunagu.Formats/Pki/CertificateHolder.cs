using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// The person an end-entity certificate (電子証明書) speaks for: name (氏名, Japanese allowed), role, and for
/// doctors and pharmacists optionally the 医療機関コード of their facility.
/// </summary>
public sealed record CertificateHolder(string Name, CertificateRole Role, FacilityCode? Facility = null)
{
    /// <summary>Checks a holder given as text: a non-blank name, a valid 10-digit facility code, and no facility for patients.</summary>
    public static ValidationResult<CertificateHolder> Create(string? name, CertificateRole role, string? facility = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Failure.Of<CertificateHolder>(PkiErrors.NameRequired, "name");
        }

        if (string.IsNullOrEmpty(facility))
        {
            return ValidationResult<CertificateHolder>.Valid(new CertificateHolder(name.Trim(), role));
        }

        if (!CertificateRoles.HasFacility(role))
        {
            return Failure.Of<CertificateHolder>(PkiErrors.FacilityNotAllowed, "facility");
        }

        var code = FacilityCode.Parse(facility, "facility");
        return code.IsValid
            ? ValidationResult<CertificateHolder>.Valid(new CertificateHolder(name.Trim(), role, code.Value))
            : ValidationResult<CertificateHolder>.Invalid(code.Errors);
    }
}
