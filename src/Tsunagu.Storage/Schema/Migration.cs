namespace Tsunagu.Storage.Schema;

/// <summary>A numbered, named set of schema changes, applied once and in version order.</summary>
public sealed record Migration(int Version, string Name, IReadOnlyList<IMigrationStep> Steps);
