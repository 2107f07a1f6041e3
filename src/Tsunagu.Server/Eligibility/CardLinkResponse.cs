namespace Tsunagu.Server.Eligibility;

/// <summary>A card linked to a member: the certificate's identifier (SHA-256 of its DER) and when.</summary>
public sealed record CardLinkResponse(string CertificateId, string Subject, DateTimeOffset LinkedAt);
