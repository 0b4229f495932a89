using System.Collections.Concurrent;
using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>
/// Query results that signed-in pages repeat (the output cache only holds anonymous pages), kept until the registry's
/// next committed write. A result is filed under the <see cref="RegistryChanges.Version"/> read before its query ran,
/// so a result read before a write is never served after it. The same switch as the output cache turns it
/// off (<c>OutputCache:Enabled=false</c>), so the miss path can be measured and tested.
/// </summary>
public sealed class RegistryReadCache(RegistryChanges changes, IConfiguration configuration)
{
    /// <summary>A bound on memory (a page of 100 rows is about 100 KB): the whole cache is dropped when it holds this many results.</summary>
    public const int MaxEntries = 200;

    private readonly bool _enabled = configuration.GetValue("OutputCache:Enabled", defaultValue: true);
    private Generation _current = new(-1);

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        if (!_enabled)
        {
            return await load();
        }

        var version = changes.Version;
        var current = Volatile.Read(ref _current);
        if (current.Version == version && current.Entries.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var value = await load();
        current = Volatile.Read(ref _current);
        if (current.Version < version || (current.Version == version && current.Entries.Count >= MaxEntries))
        {
            var fresh = new Generation(version);
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current);
        }

        if (current.Version == version)
        {
            current.Entries[key] = value;
        }

        return value;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, object> Entries { get; } = new(StringComparer.Ordinal);
    }
}
