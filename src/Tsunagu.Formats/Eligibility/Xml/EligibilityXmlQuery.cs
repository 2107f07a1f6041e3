using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Checks the search info of a read request with the domain's <see cref="EligibilityQueryReader"/>, naming every error by
/// its element path. A field the XML reading already faulted (e.g. a Birthdate not in yyyyMMdd) is reported once.
/// </summary>
public static class EligibilityXmlQuery
{
    /// <param name="today">The date in Japan, asked about when the header names no QualificationConfirmationDate.</param>
    public static ValidationResult<EligibilityQuery> Read(EligibilityXmlRequest request, DateOnly today)
    {
        var checkedQuery = EligibilityQueryReader.Read(request.Query, today);
        var faulted = request.QueryErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        List<FieldError> errors =
        [
            .. request.QueryErrors,
            .. checkedQuery.Errors.Select(e => e with { Field = EligibilityXmlNames.PathOf(e.Field) }).Where(e => !faulted.Contains(e.Field)),
        ];
        return errors.Count == 0 ? checkedQuery : ValidationResult<EligibilityQuery>.Invalid(errors);
    }
}
