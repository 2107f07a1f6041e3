using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Infrastructure;

public sealed class SqliteServer : TsunaguServerFixture
{
    public override TestEngine Engine => TestEngine.Sqlite;
}
