using System.Collections.Concurrent;
using System.Data.Common;

namespace Tsunagu.Storage.Postgres;

/// <summary>
/// One SQL statement with its <c>@name</c> placeholders numbered <c>$1</c>, <c>$2</c>, … in order of first use, and its
/// parameters moved to match, unnamed. Npgsql sends such a statement as it is; with named parameters it scans and
/// rewrites the text, and builds a lookup of the names, on every execution (4 % of the server's CPU in a signed
/// registration, most of it for the 201 placeholders of its history lines). Worked out once per statement text.
/// </summary>
internal sealed class NumberedStatement
{
    private static readonly ConcurrentDictionary<string, NumberedStatement?> Known = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> positions;

    private NumberedStatement(string text, Dictionary<string, int> positions)
    {
        Text = text;
        this.positions = positions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The statement with <c>$1</c>, <c>$2</c>, … in place of its named placeholders.</summary>
    public string Text { get; }

    /// <summary>
    /// <paramref name="sql"/> numbered, or null when it cannot be: it holds more than one statement, which positional
    /// parameters do not allow, or a <c>$</c> of its own (a positional placeholder or dollar quoting).
    /// </summary>
    public static NumberedStatement? Of(string sql) => Known.GetOrAdd(sql, static text => PlaceholderNumbering.Number(text) is var (numbered, names) ? new NumberedStatement(numbered, names) : null);

    /// <summary>
    /// Moves the parameters of <paramref name="from"/> into <paramref name="to"/>, unnamed and in placeholder order,
    /// leaving out any the statement does not use (as Npgsql does with named ones).
    /// </summary>
    /// <exception cref="InvalidOperationException">A placeholder has no parameter.</exception>
    public void MoveParameters(DbParameterCollection from, DbParameterCollection to)
    {
        var ordered = new DbParameter?[positions.Dictionary.Count];
        for (var i = 0; i < from.Count; i++)
        {
            var parameter = from[i];
            if (positions.TryGetValue(parameter.ParameterName.AsSpan().TrimStart('@'), out var position))
            {
                ordered[position] = parameter;
            }
        }

        from.Clear();
        for (var position = 0; position < ordered.Length; position++)
        {
            var parameter = ordered[position] ?? throw new InvalidOperationException($"No value is bound for ${position + 1} of: {Text}");
            parameter.ParameterName = string.Empty;
            to.Add(parameter);
        }
    }
}
