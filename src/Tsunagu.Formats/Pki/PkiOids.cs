namespace Tsunagu.Formats.Pki;

/// <summary>Object identifiers the test PKI writes and reads.</summary>
internal static class PkiOids
{
    /// <summary>X.520 <c>commonName</c>: the holder's name.</summary>
    public const string CommonName = "2.5.4.3";

    /// <summary>X.520 <c>title</c>: the holder's role.</summary>
    public const string Title = "2.5.4.12";

    /// <summary>X.520 <c>organizationIdentifier</c>: the 医療機関コード of the holder's facility.</summary>
    public const string OrganizationIdentifier = "2.5.4.97";

    /// <summary>X.509 CRL extension <c>cRLNumber</c>.</summary>
    public const string CrlNumber = "2.5.29.20";

    public const string Sha256WithRsa = "1.2.840.113549.1.1.11";

    public const string Sha384WithRsa = "1.2.840.113549.1.1.12";

    public const string Sha512WithRsa = "1.2.840.113549.1.1.13";
}
