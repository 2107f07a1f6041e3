using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

public sealed class RxPostgresServer : RxServer
{
    public override TestEngine Engine => TestEngine.PostgreSql;
}
