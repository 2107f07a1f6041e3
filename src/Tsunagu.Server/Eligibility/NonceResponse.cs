namespace Tsunagu.Server.Eligibility;

/// <summary>A one-time nonce for the card reader: it signs this value with the facility code and the patient's choices.</summary>
public sealed record NonceResponse(string Nonce, string FacilityCode, DateTimeOffset ExpiresAt);
