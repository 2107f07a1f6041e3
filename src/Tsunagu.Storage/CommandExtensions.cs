using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tsunagu.Storage.Postgres;
using Tsunagu.Storage.Sqlite;

namespace Tsunagu.Storage;

/// <summary>Small helpers that keep data-access code short: parameters by name, typed reads of nullable columns.</summary>
public static class CommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// On PostgreSQL, the command with its placeholders numbered and its parameters moved to match
    /// (<see cref="NumberedStatement"/>), for a statement run often; elsewhere, or when its text cannot be numbered, as it is.
    /// Call it once every parameter is bound.
    /// </summary>
    internal static DbCommand Numbered(this DbCommand command)
    {
        if (command is NpgsqlCommand && NumberedStatement.Of(command.CommandText) is { } numbered)
        {
            numbered.MoveParameters(command.Parameters, command.Parameters);
            command.CommandText = numbered.Text;
        }

        return command;
    }

    /// <summary>Adds a named parameter; null becomes DBNull, DateOnly and DateTimeOffset are stored as the schema says.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = Prefixed(name);
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset instant => instant.ToUnixTimeMilliseconds(),
            Enum e => e.ToString(),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Sets the value of an existing parameter (for commands prepared once and run many times).</summary>
    public static void Set(this DbCommand command, string name, object? value) =>
        command.Parameters[Prefixed(name)].Value = value ?? DBNull.Value;

    /// <summary>
    /// Parameter names carry their "@": Microsoft.Data.Sqlite then binds by the name as given instead of trying each
    /// prefix (and allocating a string for each try) on every execution — which a bulk load does millions of times.
    /// Npgsql accepts either form.
    /// </summary>
    private static string Prefixed(string name) => name.StartsWith('@') ? name : "@" + name;

    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? NullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset Instant(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? NullableInstant(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>A date column: PostgreSQL's <c>date</c>, or SQLite's <c>yyyy-MM-dd</c> text (<see cref="SqliteDateText"/>).</summary>
    public static DateOnly Date(this DbDataReader reader, int ordinal) =>
        reader is SqliteDataReader ? SqliteDateText.Parse(reader.GetString(ordinal)) : reader.GetFieldValue<DateOnly>(ordinal);
}
