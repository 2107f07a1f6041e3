using System.Globalization;

namespace Tsunagu.Server.Hosting;

/// <summary>
/// Reads an environment variable's text as its setting's type before configuration binding sees it: switches take
/// <c>true/false</c>, <c>1/0</c>, <c>yes/no</c> or <c>on/off</c> in any case; numbers are invariant-culture. Anything
/// else is an <see cref="InvalidSettingException"/> naming the variable, instead of a binder's stack trace.
/// </summary>
internal static class SettingText
{
    private static readonly string[] On = ["true", "1", "yes", "on"];
    private static readonly string[] Off = ["false", "0", "no", "off"];

    public static string Normalize(string variable, Type type, string text) => type switch
    {
        _ when type == typeof(bool) => Switch(variable, text),
        _ when type == typeof(int) => Number(variable, text, int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "a whole number"),
        _ when type == typeof(long) => Number(variable, text, long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "a whole number"),
        _ when type == typeof(double) => Number(variable, text, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _), "a number"),
        _ => text,
    };

    private static string Switch(string variable, string text)
    {
        var value = text.Trim();
        if (On.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return "true";
        }

        return Off.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? "false"
            : throw new InvalidSettingException($"{variable}=\"{text}\" is not a switch: use true or false (1/0, yes/no and on/off work too).");
    }

    private static string Number(string variable, string text, bool parses, string what) =>
        parses ? text.Trim() : throw new InvalidSettingException($"{variable}=\"{text}\" is not {what}.");
}
