namespace Tsunagu.Server.Hosting;

/// <summary>Reads a request body whole, for endpoints that take documents as sent (CSV, FHIR JSON, signed XML).</summary>
public static class RequestBodies
{
    /// <summary>The body's bytes; the body-size limit of the endpoint still applies while reading.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var body = new MemoryStream(request.ContentLength is { } length and > 0 and < int.MaxValue ? (int)length : 4096);
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }
}
