using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>Writes a <see cref="StoredAnswer"/> as it was first given: status, Location and the same JSON bytes.</summary>
internal sealed class StoredAnswerResult(StoredAnswer answer) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = answer.Status;
        response.ContentType = "application/json; charset=utf-8";
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        response.ContentLength = answer.Body.Length;
        return response.Body.WriteAsync(answer.Body, httpContext.RequestAborted).AsTask();
    }
}
