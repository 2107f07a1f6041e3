namespace Tsunagu.Storage.Eligibility;

/// <summary>How many times something happened on one day, at facilities of one kind in one prefecture.</summary>
public readonly record struct UsageCount(DateOnly Day, string FacilityKind, int Prefecture, string Metric, long Count);
