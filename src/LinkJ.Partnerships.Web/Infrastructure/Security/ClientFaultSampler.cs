namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Writes at most <see cref="LinesPerMinute"/> warnings about unreadable client input a minute, then one line
/// saying the rest are left out, and, with the first report of the next minute, how many were. A flood of
/// forged cookies costs a few lines a minute, not a line each.
/// </summary>
public sealed class ClientFaultSampler(TimeProvider clock)
{
    public const int LinesPerMinute = 10;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _written;
    private int _leftOut;

    public void Write(ILogger logger, string fault)
    {
        int leftOutBefore = 0;
        bool write, announce;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                leftOutBefore = _leftOut;
                (_windowStart, _written, _leftOut) = (now, 0, 0);
            }

            write = _written < LinesPerMinute;
            announce = !write && _leftOut == 0;
            if (write)
            {
                _written++;
            }
            else
            {
                _leftOut++;
            }
        }

        if (leftOutBefore > 0)
        {
            logger.LogWarning("{LeftOut} more requests with unreadable client input were left out of the log in the previous minute", leftOutBefore);
        }

        if (write)
        {
            logger.LogWarning("A request carried {Fault}; it was answered as if the cookie were absent", fault);
        }
        else if (announce)
        {
            logger.LogWarning("More than {LinesPerMinute} requests with unreadable client input this minute; the rest are left out until the next minute", LinesPerMinute);
        }
    }
}
