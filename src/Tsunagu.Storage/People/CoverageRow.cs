using Tsunagu.Domain.People;

namespace Tsunagu.Storage.People;

/// <summary>One row to write to the coverages table, with the coverage already serialized.</summary>
internal sealed record CoverageRow(long Id, long PersonId, Coverage Coverage, string Json);
