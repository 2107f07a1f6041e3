using System.Text;

namespace Tsunagu.Storage.Postgres;

/// <summary>
/// Numbers the <c>@name</c> placeholders of one SQL statement (<c>$1</c> for the first name used, the same number
/// wherever a name is used again), passing over quoted text, quoted identifiers and comments. A placeholder is an
/// <c>@</c> followed by a letter or underscore, so operators such as <c>@&gt;</c> stay as they are.
/// </summary>
internal static class PlaceholderNumbering
{
    /// <summary>The numbered text and each name's position (0-based), or null for text holding <c>;</c> or <c>$</c> outside quotes and comments.</summary>
    public static (string Text, Dictionary<string, int> Positions)? Number(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sql.Length;)
        {
            var c = sql[i];
            int end;
            if (c is ';' or '$')
            {
                return null;
            }

            if (c == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]))
            {
                end = NameEnd(sql, i + 1);
                var name = sql[(i + 1)..end];
                if (!positions.TryGetValue(name, out var position))
                {
                    position = positions.Count;
                    positions.Add(name, position);
                }

                text.Append('$').Append(position + 1);
            }
            else
            {
                end = SkippedEnd(sql, i);
                text.Append(sql, i, end - i);
            }

            i = end;
        }

        return (text.ToString(), positions);
    }

    /// <summary>Where the quoted text, quoted identifier or comment starting at <paramref name="at"/> ends; else the next character.</summary>
    private static int SkippedEnd(string sql, int at) => sql[at] switch
    {
        '\'' => Closing(sql, at + 1, "'"),
        '"' => Closing(sql, at + 1, "\""),
        '-' when Next(sql, at) == '-' => Closing(sql, at + 2, "\n"),
        '/' when Next(sql, at) == '*' => Closing(sql, at + 2, "*/"),
        _ => at + 1,
    };

    /// <summary>Just past the next <paramref name="close"/> from <paramref name="from"/> (a doubled quote closes and reopens), or the end.</summary>
    private static int Closing(string sql, int from, string close)
    {
        var at = sql.IndexOf(close, from, StringComparison.Ordinal);
        return at < 0 ? sql.Length : at + close.Length;
    }

    private static char Next(string sql, int at) => at + 1 < sql.Length ? sql[at + 1] : '\0';

    private static int NameEnd(string sql, int from)
    {
        var end = from;
        while (end < sql.Length && (IsNameStart(sql[end]) || char.IsAsciiDigit(sql[end])))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
}
