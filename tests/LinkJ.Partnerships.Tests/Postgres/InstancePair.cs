#if POSTGRESQL
namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// Two instances, A and B, on one fresh database, as behind a load balancer. Settings may be changed until
/// <see cref="Start"/>; A starts first, so only A creates and migrates the database.
/// </summary>
public abstract class InstancePair : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    protected InstancePair()
    {
        A = new PostgresInstance(_database);
        B = new PostgresInstance(_database);
    }

    protected PostgresInstance A { get; }

    protected PostgresInstance B { get; }

    protected TestDatabase Database => _database;

    protected void Start()
    {
        A.Started();
        B.Started();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        try
        {
            B.Dispose();
            A.Dispose();
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }
}
#endif
