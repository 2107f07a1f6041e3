namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// The coverage a household had before the head changed jobs (転職): another insurer, from <paramref name="Start"/> until
/// the 資格喪失年月日 <paramref name="End"/>, the first day no longer covered.
/// </summary>
/// <param name="ReasonOfLoss">喪失事由: 03 when 国保 ended because employee insurance began, else 99 (退職).</param>
internal sealed record EarlierEmployment(DemoInsurer Insurer, DateOnly Start, DateOnly End, string ReasonOfLoss);
