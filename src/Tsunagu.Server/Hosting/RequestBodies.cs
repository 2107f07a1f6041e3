namespace Tsunagu.Server.Hosting;

/// <summary>Reads a request body whole, for endpoints that take documents as sent (CSV, FHIR JSON, signed XML).</summary>
public static class RequestBodies
{
    /// <summary>
    /// The body's bytes. A body with a Content-Length is read straight into an array of that size (the
    /// <see cref="BodySizeLimitMiddleware"/> has already refused one over the endpoint's limit); a chunked body is
    /// collected as it comes, under the server's per-request limit.
    /// </summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } length and > 0 and <= int.MaxValue)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken);
            return body;
        }

        using var chunks = new MemoryStream();
        await request.Body.CopyToAsync(chunks, cancellationToken);
        return chunks.ToArray();
    }
}
