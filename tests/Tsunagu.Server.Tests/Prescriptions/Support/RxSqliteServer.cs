using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

public sealed class RxSqliteServer : RxServer
{
    public override TestEngine Engine => TestEngine.Sqlite;
}
