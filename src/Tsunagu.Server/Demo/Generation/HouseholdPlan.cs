namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// The insurer that covers a household's members under 75 on one card (記号・番号 shared, 枝番 per member), since
/// <paramref name="Start"/>, and what covered them before a job change, if there was one.
/// </summary>
internal sealed record HouseholdPlan(DemoInsurer Insurer, DateOnly Start, EarlierEmployment? Earlier);
