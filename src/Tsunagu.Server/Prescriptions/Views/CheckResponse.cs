namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>The answer to <c>POST /prescriptions/check</c>: the issues found (masked without consent).</summary>
public sealed record CheckResponse(IReadOnlyList<CheckIssueView> Issues);
