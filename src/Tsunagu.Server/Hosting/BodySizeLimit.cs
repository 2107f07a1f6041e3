namespace Tsunagu.Server.Hosting;

/// <summary>Endpoint metadata: the largest request body the endpoint accepts, in bytes (others get the default limit).</summary>
public sealed record BodySizeLimit(long Bytes);
