namespace Tsunagu.Server.Hosting;

public static class BodySizeLimitExtensions
{
    /// <summary>Lets this endpoint accept bodies up to <paramref name="bytes"/> (bulk loads).</summary>
    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));
}
