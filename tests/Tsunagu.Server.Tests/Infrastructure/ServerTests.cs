namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Base of integration test classes: each runs once per engine, and skips with a reason where the engine is absent.</summary>
public abstract class ServerTests
{
    protected ServerTests(TsunaguServerFixture server)
    {
        Server = server;
        server.SkipIfUnavailable();
    }

    protected TsunaguServerFixture Server { get; }
}
