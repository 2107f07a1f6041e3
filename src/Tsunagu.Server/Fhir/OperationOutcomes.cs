using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Fhir;

/// <summary>Errors as FHIR OperationOutcome: one issue per field problem, the code in details.coding, Japanese in details.text.</summary>
public static class OperationOutcomes
{
    public const string ErrorCodeSystem = "urn:tsunagu:error";

    public static OperationOutcome From(ErrorCode error, IReadOnlyList<FieldError>? errors, string? detail)
    {
        var outcome = new OperationOutcome();
        if (errors is null || errors.Count == 0)
        {
            outcome.Issue.Add(Issue(error, detail, expression: null));
            return outcome;
        }

        foreach (var fieldError in errors)
        {
            outcome.Issue.Add(Issue(fieldError.Error, fieldError.Detail, fieldError.Field));
        }

        return outcome;
    }

    private static OperationOutcome.IssueComponent Issue(ErrorCode error, string? detail, string? expression)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = IssueType(error.Kind),
            Details = new CodeableConcept(ErrorCodeSystem, error.Code, error.MessageEn, error.MessageJa),
            Diagnostics = detail is null ? error.MessageEn : $"{error.MessageEn} ({detail})",
        };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    private static OperationOutcome.IssueType IssueType(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => OperationOutcome.IssueType.Invalid,
        ErrorKind.Unauthenticated => OperationOutcome.IssueType.Login,
        ErrorKind.Forbidden => OperationOutcome.IssueType.Forbidden,
        ErrorKind.NotFound => OperationOutcome.IssueType.NotFound,
        ErrorKind.Conflict => OperationOutcome.IssueType.Conflict,
        ErrorKind.TooLarge => OperationOutcome.IssueType.TooCostly,
        ErrorKind.RateLimited => OperationOutcome.IssueType.Throttled,
        ErrorKind.UnsupportedMediaType or ErrorKind.MethodNotAllowed => OperationOutcome.IssueType.NotSupported,
        _ => OperationOutcome.IssueType.Exception,
    };
}
