namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>How a 重複投薬等チェック runs.</summary>
/// <param name="Today">The day the check runs (in Japan).</param>
/// <param name="CallingFacility">The 医療機関コード of the facility or pharmacy running the check.</param>
/// <param name="IncludeOwnFacility">Compare with the caller's own prescriptions and dispensings too (off by default, as published).</param>
/// <param name="InHouseOrderDate">
/// When the drugs checked are an in-house order (院内処方等), its 処方等年月日: the check is made as of that day. 院外
/// prescriptions and dispensings are checked as of <paramref name="Today"/>.
/// </param>
public sealed record CheckOptions(DateOnly Today, string CallingFacility, bool IncludeOwnFacility = false, DateOnly? InHouseOrderDate = null)
{
    /// <summary>The day the new drugs are compared on: 処方等年月日 for an in-house order, else today.</summary>
    public DateOnly CheckDate => InHouseOrderDate ?? Today;
}
