using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server that allows each client 2 requests per second (bursts of 4) and each address one token request per
/// second (bursts of 2), to show throttling.
/// </summary>
public sealed class ThrottledPostgresServer : TsunaguServerFixture
{
    public override TestEngine Engine => TestEngine.PostgreSql;

    protected override int RateLimitPerSecond => 2;
}
