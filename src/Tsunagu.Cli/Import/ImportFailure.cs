using System.CommandLine;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Cli.Import;

/// <summary>Reports a refused import: the first errors in full, then how many there were, and that nothing was stored.</summary>
internal static class ImportFailure
{
    private const int ErrorsShown = 50;

    public static int Report(ParseResult parseResult, IReadOnlyList<FieldError> errors)
    {
        CommandOutput.Fail(parseResult, errors.Take(ErrorsShown));
        parseResult.InvocationConfiguration.Error.WriteLine(errors.Count > ErrorsShown
            ? $"… and {errors.Count - ErrorsShown} more errors ({errors.Count} in all). Nothing was stored."
            : $"{errors.Count} error(s). Nothing was stored.");
        return CommandOutput.Failure;
    }
}
