using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Eligibility;

/// <summary>A stored coverage with the person it belongs to, as the check sees it.</summary>
public sealed record PersonCoverage(long PersonId, Coverage Coverage);
