using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Infrastructure;

public sealed class PostgresServer : TsunaguServerFixture
{
    public override TestEngine Engine => TestEngine.PostgreSql;
}
