using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>
/// Error paths as the caller wrote the request: the root of a FHIR path (<c>Bundle</c>, <c>Patient</c>) becomes where
/// that resource stands in the call (<c>context.draftOrders</c>, <c>prefetch.patient</c>).
/// </summary>
internal static class RequestPaths
{
    public static string Under(string path, string location)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? location : location + path[end..];
    }

    public static IEnumerable<FieldError> Under(IEnumerable<FieldError> errors, string location) =>
        errors.Select(e => e with { Field = Under(e.Field, location) });
}
