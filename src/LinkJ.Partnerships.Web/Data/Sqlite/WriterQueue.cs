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

    // The flow that holds the turn: a write it starts while holding it (a change listener that saves, say) goes
    // straight in instead of waiting for a turn that cannot come until it finishes.
    private readonly AsyncLocal<Turn?> _holder = new();

    /// <summary>Not async on purpose: the holder set here must flow to the caller and whatever it awaits.</summary>
    public Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (_holder.Value is { Released: false })
        {
            return Task.FromResult<IDisposable?>(null);
        }

        var turn = new Turn(this);
        _holder.Value = turn;
        return WaitAsync(turn, cancellationToken);
    }

    private async Task<IDisposable?> WaitAsync(Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        catch
        {
            turn.Released = true;
            throw;
        }

        return turn;
    }

    private sealed class Turn(WriterQueue queue) : IDisposable
    {
        public bool Released { get; set; }

        public void Dispose()
        {
            if (!Released)
            {
                Released = true;
                queue._turn.Release();
            }
        }
    }
}
