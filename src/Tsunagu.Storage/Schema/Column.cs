namespace Tsunagu.Storage.Schema;

public sealed record Column(string Name, ColumnType Type, bool Nullable = false);
