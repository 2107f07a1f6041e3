using Microsoft.AspNetCore.Diagnostics;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Errors;

/// <summary>
/// Turns every failure outside an endpoint's own answers into a problem+json (or OperationOutcome): unreadable or
/// oversized bodies, unknown routes, authentication and authorization refusals, throttling and crashes.
/// </summary>
public static class ErrorHandling
{
    public static IApplicationBuilder UseTsunaguErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync, AllowStatusCode404Response = true });
        app.UseStatusCodePages(context => Problems.WriteAsync(context.HttpContext, ForStatus(context.HttpContext.Response.StatusCode)));
        return app;
    }

    private static Task HandleExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException bad)
        {
            return Problems.WriteAsync(context, ForStatus(bad.StatusCode), bad.Message);
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Tsunagu.Errors")
            .LogError(exception, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
        return Problems.WriteAsync(context, HttpErrors.Internal);
    }

    private static ErrorCode ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InputErrors.MalformedBody,
        StatusCodes.Status401Unauthorized => HttpErrors.AuthenticationRequired,
        StatusCodes.Status403Forbidden => HttpErrors.Forbidden,
        StatusCodes.Status404NotFound => HttpErrors.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => HttpErrors.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => InputErrors.BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => InputErrors.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => HttpErrors.RateLimited,
        _ => HttpErrors.Internal,
    };
}
