namespace Tsunagu.Server.Emergency;

/// <summary>
/// Body of POST /emergency-access: the patient, by My Number card assertion or by four facts — name, birthdate, sex
/// (1 男, 2 女, 3 未設定) and address or insurer number — and the reason consent cannot be obtained.
/// </summary>
public sealed record EmergencyAccessRequest(
    string? CardAssertion,
    string? Name,
    string? Birthdate,
    string? Sex,
    string? Address,
    string? InsurerNumber,
    string? Reason);
