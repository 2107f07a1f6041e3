using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// A SQLite server that allows each client 2 requests per second (bursts of 4) and each address one token request per
/// second (bursts of 2), to show throttling.
/// </summary>
public sealed class ThrottledSqliteServer : TsunaguServerFixture
{
    public override TestEngine Engine => TestEngine.Sqlite;

    protected override int RateLimitPerSecond => 2;
}
