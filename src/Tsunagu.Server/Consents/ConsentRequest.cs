namespace Tsunagu.Server.Consents;

/// <summary>Body of POST /consents: the patient, the scopes they agreed to, and how (card or verbal).</summary>
public sealed record ConsentRequest(
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate,
    IReadOnlyList<string>? Scopes,
    string? Method);
