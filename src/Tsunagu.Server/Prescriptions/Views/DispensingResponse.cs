namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>The answer to <c>POST /dispensings</c>: the result's id, the prescription it answered as it now stands, and the issues found.</summary>
/// <param name="Prescription">The answered prescription's status (uses left, next window); null for a paper prescription.</param>
public sealed record DispensingResponse(string DispensingId, StatusView? Prescription, IReadOnlyList<CheckIssueView> Issues);
