using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoRxPostgresServer : DemoRxServer
{
    public override TestEngine Engine => TestEngine.PostgreSql;
}
