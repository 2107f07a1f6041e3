using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>
/// The demo server on PostgreSQL with pools of one connection that give up after 5 s, without multiplexing: every open
/// connection then holds the pool's one, so a request that asks for a second one while holding the first times out.
/// </summary>
public sealed class DemoRxOneConnectionServer : DemoRxServer
{
    public override TestEngine Engine => TestEngine.PostgreSql;

    protected override string PostgresSettings => ";Maximum Pool Size=1;Timeout=5;Multiplexing=false";
}
