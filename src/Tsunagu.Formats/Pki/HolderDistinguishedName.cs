using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>Writes a <see cref="CertificateHolder"/> as an X.500 subject; <see cref="CertificateHolderReader"/> reads it back.</summary>
internal static class HolderDistinguishedName
{
    private const string Organization = "Tsunagu Test PKI";

    private const string Country = "JP";

    /// <summary>
    /// The subject, most specific first as displayed (<c>CN=…, T=…, OID.2.5.4.97=…, O=Tsunagu Test PKI, C=JP</c>);
    /// the builder takes attributes in display order.
    /// </summary>
    public static X500DistinguishedName Build(CertificateHolder holder)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.Add(PkiOids.CommonName, holder.Name, UniversalTagNumber.UTF8String);
        builder.Add(PkiOids.Title, CertificateRoles.ToTitle(holder.Role), UniversalTagNumber.UTF8String);
        if (holder.Facility is { } facility)
        {
            builder.Add(PkiOids.OrganizationIdentifier, facility.Value, UniversalTagNumber.UTF8String);
        }

        return AddOrganization(builder).Build();
    }

    /// <summary>Appends <c>O=Tsunagu Test PKI, C=JP</c>, the end of every test PKI name.</summary>
    public static X500DistinguishedNameBuilder AddOrganization(X500DistinguishedNameBuilder builder)
    {
        builder.AddOrganizationName(Organization);
        builder.AddCountryOrRegion(Country);
        return builder;
    }
}
