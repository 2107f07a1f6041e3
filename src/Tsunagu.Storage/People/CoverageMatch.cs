namespace Tsunagu.Storage.People;

/// <summary>A stored coverage found for a key: its id and person.</summary>
internal readonly record struct CoverageMatch(long Id, long PersonId);
