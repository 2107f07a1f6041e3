namespace Tsunagu.Testing;

/// <summary>
/// Base of test classes that run once per engine (an abstract class with a sealed subclass per engine): each test gets
/// a throw-away <see cref="TestDatabase"/>, migrated unless the class says otherwise, and skips with the reason printed
/// where the engine is absent.
/// </summary>
public abstract class DatabaseTests : IAsyncLifetime
{
    private readonly TestEngine engine;
    private TestDatabase? test;

    protected DatabaseTests(TestEngine engine)
    {
        this.engine = engine;
        if (TestDatabase.UnavailableReason(engine) is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    protected TestDatabase Test => test ?? throw new InvalidOperationException("The test database is made in InitializeAsync.");

    /// <summary>False for tests of the migrations themselves, which start from an empty database.</summary>
    protected virtual bool StartMigrated => true;

    /// <summary>
    /// Makes the test database and migrates it. xUnit does not dispose a test whose initialization threw, so a migration
    /// that fails drops the database and deletes its folder here before the failure goes on.
    /// </summary>
    public virtual async ValueTask InitializeAsync()
    {
        test = await TestDatabase.CreateAsync(engine);
        if (!StartMigrated)
        {
            return;
        }

        try
        {
            await test.MigrateAsync();
        }
        catch
        {
            await test.DisposeAsync();
            test = null;
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (test is not null)
        {
            await test.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
