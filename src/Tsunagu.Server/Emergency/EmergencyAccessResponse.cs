namespace Tsunagu.Server.Emergency;

/// <summary>An emergency access granted: what may be viewed, until when, and who the patient is.</summary>
public sealed record EmergencyAccessResponse(
    long GrantId,
    string Name,
    string NameKana,
    string Birthdate,
    string Sex,
    IReadOnlyList<string> Scopes,
    DateTimeOffset ExpiresAt,
    string Reason);
