using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Errors;

/// <summary>Builds error answers: problem+json for JSON endpoints, an OperationOutcome for FHIR endpoints (under /fhir).</summary>
public static class Problems
{
    public const string ProblemJson = "application/problem+json";

    public static IResult Of(ErrorCode error, IReadOnlyList<FieldError>? errors = null, string? detail = null) =>
        new ProblemResult(error, errors, detail);

    public static IResult Of(IReadOnlyList<FieldError> errors) => Of(errors[0].Error, errors);

    /// <summary>Writes the error answer directly, for middleware that runs outside an endpoint.</summary>
    public static Task WriteAsync(HttpContext context, ErrorCode error, string? detail = null, string? oauthError = null) =>
        new ProblemResult(error, null, detail, oauthError).ExecuteAsync(context);

    public static ProblemBody Body(HttpContext context, ErrorCode error, IReadOnlyList<FieldError>? errors, string? detail, string? oauthError = null) => new(
        $"urn:tsunagu:error:{error.Code}",
        error.MessageEn,
        ErrorStatus.Of(error.Kind),
        error.Code,
        error.MessageJa,
        error.MessageEn,
        detail,
        context.Request.Path.Value,
        errors?.Select(e => new ProblemFieldError(e.Index, e.Field, e.Error.Code, e.Error.MessageJa, e.Error.MessageEn, e.Detail)).ToList(),
        oauthError);
}
