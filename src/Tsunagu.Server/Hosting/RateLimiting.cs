using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Hosting;

/// <summary>
/// Per-client rate limits: a token bucket per authenticated client (TSUNAGU_RATE_LIMIT per second, bursts of twice
/// that), and per address on the token endpoint to slow secret guessing. Public read-only endpoints are not limited.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddTsunaguRateLimits(this IServiceCollection services, TsunaguOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options.RateLimitPerSecond));
            limiter.OnRejected = OnRejectedAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context, int perSecond)
    {
        if (context.User.FindFirstValue(TokenClaims.Subject) is { } client)
        {
            return RateLimitPartition.GetTokenBucketLimiter("client:" + client, _ => Bucket(perSecond));
        }

        return context.Request.Path.StartsWithSegments("/auth/token")
            ? RateLimitPartition.GetTokenBucketLimiter("address:" + context.Connection.RemoteIpAddress, _ => Bucket(Math.Max(1, perSecond / 10)))
            : RateLimitPartition.GetNoLimiter("public");
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = perSecond * 2,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(context.HttpContext, HttpErrors.RateLimited);
    }
}
