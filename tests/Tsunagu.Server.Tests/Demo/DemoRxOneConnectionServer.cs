using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>The demo server on PostgreSQL with pools of one connection that give up after 5 s.</summary>
public sealed class DemoRxOneConnectionServer : DemoRxServer
{
    public override TestEngine Engine => TestEngine.PostgreSql;

    protected override string PostgresSettings => ";Maximum Pool Size=1;Timeout=5";
}
