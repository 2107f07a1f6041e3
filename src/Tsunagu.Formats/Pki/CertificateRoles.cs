using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Tsunagu.Formats.Pki;

/// <summary>How a <see cref="CertificateRole"/> is written into a certificate and which trust scheme issues it.</summary>
public static class CertificateRoles
{
    /// <summary>Every role, for callers that accept any signer.</summary>
    public static IReadOnlySet<CertificateRole> All { get; } = Enum.GetValues<CertificateRole>().ToFrozenSet();

    /// <summary>The scheme whose CA issues certificates for <paramref name="role"/>: HPKI for 医師/薬剤師, JPKI for 患者.</summary>
    public static TrustScheme SchemeOf(CertificateRole role) =>
        role == CertificateRole.Patient ? TrustScheme.Jpki : TrustScheme.Hpki;

    /// <summary>The value of the subject's <c>title</c> attribute (2.5.4.12): <c>doctor</c>, <c>pharmacist</c> or <c>patient</c>.</summary>
    public static string ToTitle(CertificateRole role) => role switch
    {
        CertificateRole.Doctor => "doctor",
        CertificateRole.Pharmacist => "pharmacist",
        CertificateRole.Patient => "patient",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Reads a title written by <see cref="ToTitle"/>; exact, lower-case match only.</summary>
    public static bool TryParseTitle(string? title, [NotNullWhen(true)] out CertificateRole? role)
    {
        role = title switch
        {
            "doctor" => CertificateRole.Doctor,
            "pharmacist" => CertificateRole.Pharmacist,
            "patient" => CertificateRole.Patient,
            _ => null,
        };
        return role is not null;
    }

    /// <summary>True for the roles that belong to a 保険医療機関 or 保険薬局 and may carry its 医療機関コード.</summary>
    public static bool HasFacility(CertificateRole role) => SchemeOf(role) == TrustScheme.Hpki;
}
