using Npgsql;
using Tsunagu.Storage.Postgres;

namespace Tsunagu.Storage.Tests.Postgres;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task Without_a_pool_size_in_the_connection_string_each_pool_holds_the_default()
    {
        await using var database = new PostgresDatabase("Host=localhost;Database=tsunagu");

        Assert.Equal(PostgresDatabase.DefaultMaxPoolSize, PoolSize(database));
        Assert.True(PostgresDatabase.DefaultMaxPoolSize >= 10);
    }

    [Theory]
    [InlineData("Maximum Pool Size=3")]
    [InlineData("MaxPoolSize=3")]
    [InlineData("maximum pool size=3")]
    public async Task A_pool_size_the_connection_string_gives_is_kept(string setting)
    {
        await using var database = new PostgresDatabase($"Host=localhost;Database=tsunagu;{setting}");

        Assert.Equal(3, PoolSize(database));
    }

    private static int PoolSize(PostgresDatabase database) =>
        new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString).MaxPoolSize;
}
