namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// The answer to <c>POST /prescriptions</c>: <c>{"prescriptionId","accessCode","status":"registered","issues":[…]}</c>, with the
/// status's Japanese text, the uses and the window of the first use.
/// </summary>
/// <param name="AccessCode">引換番号, 6 digits; none for an in-house order.</param>
public sealed record RegistrationResponse(
    string PrescriptionId, string? AccessCode, string IssueType, string Status, string StatusJa, int UsesTotal, WindowView? Window, IReadOnlyList<CheckIssueView> Issues);
