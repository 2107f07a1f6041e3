namespace Tsunagu.Domain.Prescriptions;

/// <summary>
/// One RP (剤): drugs taken the same way, with one 剤形区分, one 調剤数量 and one 用法. Used by prescriptions and by
/// dispensing results alike (a 調剤結果 reports what was dispensed per RP).
/// </summary>
/// <param name="Number">RP番号 as written (1, 2, …).</param>
/// <param name="Form">剤形区分.</param>
/// <param name="FormName">剤形名称, when given.</param>
/// <param name="Quantity">調剤数量: days (日分) for 内服 and 内服滴剤, times (回分) for 頓服, usually 1 otherwise.</param>
/// <param name="Usage">用法.</param>
/// <param name="UsageSupplements">用法補足 texts (漸減, 隔日, 部位, …), in order.</param>
/// <param name="Drugs">The drugs (薬品) of the RP in RP内連番 order; never empty.</param>
public sealed record Rp(
    int Number,
    DosageForm Form,
    string? FormName,
    decimal Quantity,
    RpUsage Usage,
    IReadOnlyList<string> UsageSupplements,
    IReadOnlyList<RpDrug> Drugs)
{
    /// <summary>True when <see cref="Quantity"/> counts days (内服, 内服滴剤) rather than times or packs.</summary>
    public bool QuantityIsDays => Form is DosageForm.Internal or DosageForm.InternalDrops;
}
