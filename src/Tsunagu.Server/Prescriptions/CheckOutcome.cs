using Tsunagu.Domain.Audit;
using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>What a 重複投薬等チェック found, as answered, and on what basis the other drugs were named (null: masked).</summary>
public sealed record CheckOutcome(IReadOnlyList<CheckIssueView> Issues, AuditReason? Basis)
{
    public static CheckOutcome None { get; } = new([], null);

    /// <summary>A few words for the audit record.</summary>
    public string Summary => Issues.Count == 0 ? "no issues" : $"{Issues.Count} issues, {(Basis is null ? "masked" : $"named by {Basis}")}";
}
