namespace Tsunagu.Testing;

/// <summary>The engine an integration test class runs on; every such class exists once per engine.</summary>
public enum TestEngine
{
    Sqlite,
    PostgreSql,
}
