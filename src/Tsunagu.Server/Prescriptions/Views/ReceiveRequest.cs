namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>Body of <c>POST /prescriptions/receive</c>: the 引換番号 and the patient's insurance identifiers and birthdate (yyyy-MM-dd).</summary>
public sealed record ReceiveRequest(
    string? AccessCode,
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate);
