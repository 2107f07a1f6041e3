using Tsunagu.Domain.People;

namespace Tsunagu.Storage.People;

/// <summary>A coverage as stored: its row id and the person it belongs to (persons are linked across insurers).</summary>
public sealed record StoredCoverage(long Id, long PersonId, Coverage Coverage);
