using Microsoft.AspNetCore.Http.Features;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Hosting;

/// <summary>
/// Refuses a body larger than the endpoint accepts before reading it: by its Content-Length at once, and for chunked
/// bodies by setting the server's per-request limit (the read then fails and answers 413).
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, TsunaguOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? options.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return Problems.WriteAsync(context, InputErrors.BodyTooLarge, $"{context.Request.ContentLength} bytes > {limit}");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
