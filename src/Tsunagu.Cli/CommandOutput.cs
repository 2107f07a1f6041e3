using System.CommandLine;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Cli;

/// <summary>
/// Writes a command's errors to stderr — code, Japanese and English message, then the record's index in its batch
/// (from 0, as the HTTP API's <c>index</c>), field and detail — and picks the exit code.
/// </summary>
internal static class CommandOutput
{
    public const int Success = 0;

    public const int Failure = 1;

    public static int Fail(ParseResult parseResult, IEnumerable<FieldError> errors)
    {
        var error = parseResult.InvocationConfiguration.Error;
        foreach (var e in errors)
        {
            var index = e.Index is { } i ? $"index {i}, " : "";
            var detail = e.Detail is null ? "" : $": {e.Detail}";
            error.WriteLine($"error {e.Error.Code}: {e.Error.MessageJa} / {e.Error.MessageEn} ({index}{e.Field}{detail})");
        }

        return Failure;
    }

    public static int Fail(ParseResult parseResult, ErrorCode error, string field, string? detail = null) =>
        Fail(parseResult, [new FieldError(error, field, Detail: detail)]);

    public static TextWriter Out(this ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    /// <summary>The data folder's path, from <c>--data</c>, TSUNAGU_DATA or ./data.</summary>
    public static string DataFolder(this ParseResult parseResult) => parseResult.GetRequiredValue(CommonOptions.DataFolder).FullName;
}
