using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Tsunagu.Cli.Pki;

/// <summary>Options shared by the <c>pki</c> commands.</summary>
internal static class PkiOptions
{
    public const string PasswordVariable = "TSUNAGU_PKI_PASSWORD";

    /// <summary><c>--password</c>: the PKCS#12 password; defaults to TSUNAGU_PKI_PASSWORD, else empty.</summary>
    public static Option<string> Password() => new("--password")
    {
        Description = $"PKCS#12 password (default: ${PasswordVariable}, else empty).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(PasswordVariable) ?? "",
    };

    /// <summary>A date/time option read with the invariant culture; without an offset it is taken as UTC.</summary>
    public static Option<DateTimeOffset?> Instant(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = ParseInstant,
    };

    private static DateTimeOffset? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        result.AddError($"'{text}' is not a date or date and time (e.g. 2026-04-01 or 2026-04-01T09:00:00+09:00).");
        return null;
    }
}
