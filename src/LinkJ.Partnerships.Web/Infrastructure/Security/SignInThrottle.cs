using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins counted per account and address together, and per address alone, over a sliding window.
/// Failures from one address stop that address, not the account's owner elsewhere; an address guessing across
/// many accounts stops itself. Identity's account lockout stays, higher, for guesses spread over many addresses
/// (decision 016). Counts live in this instance's memory, like the sign-in rate limit.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time) : IDisposable
{
    // Bounded, so a flood of made-up addresses and e-mails cannot grow it without limit.
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly SignInThrottleOptions _limits = options.Value;

    public enum Crossed
    {
        None,
        AccountFromAddress,
        Address,
    }

    public bool IsBlocked(string email, IPAddress? client) =>
        Count(PairKey(email, client)) >= _limits.FailuresPerAccountAndAddress
        || Count(AddressKey(client)) >= _limits.FailuresPerAddress;

    /// <summary>Counts one failure; says which limit, if any, this failure has just reached.</summary>
    public Crossed RecordFailure(string email, IPAddress? client)
    {
        var pair = Add(PairKey(email, client));
        var address = Add(AddressKey(client));
        return pair == _limits.FailuresPerAccountAndAddress ? Crossed.AccountFromAddress
            : address == _limits.FailuresPerAddress ? Crossed.Address
            : Crossed.None;
    }

    /// <summary>The right password from an address clears that address's failures for the account.</summary>
    public void RecordSuccess(string email, IPAddress? client) => _failures.Remove(PairKey(email, client));

    /// <summary>An admin's unlock clears the account's failures from every address this instance has seen.</summary>
    public void Forget(string email)
    {
        var prefix = PairKey(email, null);
        foreach (var key in _failures.Keys.OfType<string>().Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _failures.Remove(key);
        }
    }

    public void Dispose() => _failures.Dispose();

    private int Count(string key) =>
        _failures.TryGetValue(key, out Queue<DateTimeOffset>? times) && times is not null ? Recent(times).Count : 0;

    private int Add(string key)
    {
        var times = _failures.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            return new Queue<DateTimeOffset>();
        })!;
        lock (times)
        {
            Recent(times).Enqueue(time.GetUtcNow());
            _failures.Set(key, times, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Window });
            return times.Count;
        }
    }

    private Queue<DateTimeOffset> Recent(Queue<DateTimeOffset> times)
    {
        lock (times)
        {
            var since = time.GetUtcNow() - Window;
            while (times.TryPeek(out var first) && first <= since)
            {
                times.Dequeue();
            }

            return times;
        }
    }

    private TimeSpan Window => TimeSpan.FromMinutes(_limits.WindowMinutes);

    private static string PairKey(string email, IPAddress? client) => $"pair|{email.Trim().ToUpperInvariant()}|{client}";

    private static string AddressKey(IPAddress? client) => $"address|{client}";
}

/// <summary>The "SignInThrottle" configuration section.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    public int FailuresPerAccountAndAddress { get; set; } = 5;

    public int FailuresPerAddress { get; set; } = 30;

    public int WindowMinutes { get; set; } = 15;
}
