using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Errors as the text of ErrorMessage / ProcessingResultMessage, for staff reading a receipt program's screen: each error's
/// Tsunagu code, Japanese message and element path (and detail), separated by " / ".
/// </summary>
internal static class XmlErrorText
{
    public static string Of(IReadOnlyList<FieldError> errors) => string.Join(" / ", errors.Select(Describe));

    private static string Describe(FieldError error) =>
        error.Detail is null
            ? $"{error.Error.Code}: {error.Error.MessageJa} [{error.Field}]"
            : $"{error.Error.Code}: {error.Error.MessageJa} [{error.Field}] ({error.Detail})";
}
