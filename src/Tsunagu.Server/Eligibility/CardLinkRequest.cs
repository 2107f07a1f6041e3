namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Body of POST /eligibility/card-links: the card's certificate (PEM or base64 DER, as `tsunagu pki issue --role patient`
/// makes it) and the member it belongs to, under the calling insurer.
/// </summary>
public sealed record CardLinkRequest(
    string? CardCertificate,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate);
