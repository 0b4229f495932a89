namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// SQLite lets one writer in at a time. Left to SQLite, a writer that finds the file locked sleeps and retries
/// (1, 2, 5 … 100 ms apart), so under concurrent writes the lock often sits free while the writers sleep, and who
/// gets it next is luck. This queue lets this app's writers in one at a time, in arrival order, handing the turn
/// straight to the next one. Other processes (the operator commands) still wait through busy_timeout.
/// </summary>
public sealed class WriterQueue
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
