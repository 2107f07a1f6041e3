using System.Text.Json;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Fhir;

namespace Tsunagu.Server.Errors;

/// <summary>The <see cref="IResult"/> behind <see cref="Problems"/>; picks the body format from the request path.</summary>
internal sealed class ProblemResult(ErrorCode error, IReadOnlyList<FieldError>? errors, string? detail, string? oauthError = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = ErrorStatus.Of(error.Kind);
        if (error.Kind == ErrorKind.Unauthenticated && response.Headers.WWWAuthenticate.Count == 0)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        if (FhirResponses.IsFhirRequest(httpContext.Request))
        {
            await FhirResponses.WriteAsync(httpContext, OperationOutcomes.From(error, errors, detail), response.StatusCode);
            return;
        }

        response.ContentType = Problems.ProblemJson;
        var body = Problems.Body(httpContext, error, errors, detail, oauthError);
        await JsonSerializer.SerializeAsync(response.Body, body, ServerJson.Readable.ProblemBody, httpContext.RequestAborted);
    }
}
