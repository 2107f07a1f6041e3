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

    [Fact]
    public async Task Without_a_multiplexing_setting_in_the_connection_string_statements_are_multiplexed()
    {
        await using var database = new PostgresDatabase("Host=localhost;Database=tsunagu");

        Assert.True(Settings(database).Multiplexing);
    }

    [Theory]
    [InlineData("Multiplexing=false")]
    [InlineData("multiplexing=False")]
    public async Task Multiplexing_turned_off_in_the_connection_string_stays_off(string setting)
    {
        await using var database = new PostgresDatabase($"Host=localhost;Database=tsunagu;{setting}");

        Assert.False(Settings(database).Multiplexing);
    }

    [Fact]
    public async Task Without_auto_prepare_settings_statements_are_prepared_from_their_second_use()
    {
        await using var database = new PostgresDatabase("Host=localhost;Database=tsunagu");

        Assert.Equal((64, 2), (Settings(database).MaxAutoPrepare, Settings(database).AutoPrepareMinUsages));
    }

    [Theory]
    [InlineData("Max Auto Prepare=0")]
    [InlineData("MaxAutoPrepare=0")]
    public async Task Auto_prepare_turned_off_in_the_connection_string_stays_off(string setting)
    {
        await using var database = new PostgresDatabase($"Host=localhost;Database=tsunagu;{setting}");

        Assert.Equal(0, Settings(database).MaxAutoPrepare);
    }

    [Fact]
    public async Task Auto_prepare_settings_the_connection_string_gives_are_kept()
    {
        await using var database = new PostgresDatabase("Host=localhost;Database=tsunagu;Max Auto Prepare=8;Auto Prepare Min Usages=5");

        Assert.Equal((8, 5), (Settings(database).MaxAutoPrepare, Settings(database).AutoPrepareMinUsages));
    }

    private static int PoolSize(PostgresDatabase database) => Settings(database).MaxPoolSize;

    private static NpgsqlConnectionStringBuilder Settings(PostgresDatabase database) => new(database.DataSource.ConnectionString);
}
