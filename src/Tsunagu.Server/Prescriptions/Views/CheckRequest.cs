namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// A JSON body of <c>POST /prescriptions/check</c>: the patient and the drug codes to check (レセ電, YJ/薬価基準 or
/// 一般名コード), for callers that check drugs before writing a prescription document.
/// </summary>
public sealed record CheckRequest(
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate,
    IReadOnlyList<string>? Drugs);
