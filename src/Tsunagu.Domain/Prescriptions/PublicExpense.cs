namespace Tsunagu.Domain.Prescriptions;

/// <summary>One 公費 (public expense program) a prescription is charged to.</summary>
/// <param name="Order">1–3 for 第一〜第三公費, 4 for 特殊公費.</param>
/// <param name="PayerNumber">公費負担者番号 (8 digits).</param>
/// <param name="RecipientNumber">公費受給者番号 (7 digits; absent for some programs).</param>
public sealed record PublicExpense(int Order, string PayerNumber, string? RecipientNumber)
{
    /// <summary>The order of 特殊公費, after 第一〜第三公費.</summary>
    public const int SpecialOrder = 4;
}
