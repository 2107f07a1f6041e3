using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoRxSqliteServer : DemoRxServer
{
    public override TestEngine Engine => TestEngine.Sqlite;
}
