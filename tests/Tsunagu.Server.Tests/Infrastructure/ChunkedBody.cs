using System.Net;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>A body sent without a Content-Length (chunked), in two writes with a flush between.</summary>
internal sealed class ChunkedBody(byte[] bytes) : HttpContent
{
    /// <summary>The bytes and media type of <paramref name="content"/>, to be sent chunked.</summary>
    public static async Task<ChunkedBody> OfAsync(HttpContent content)
    {
        var chunked = new ChunkedBody(await content.ReadAsByteArrayAsync());
        chunked.Headers.ContentType = content.Headers.ContentType;
        return chunked;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await stream.FlushAsync();
        await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
