using System.Collections.Concurrent;
using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Infrastructure.Caching;

/// <summary>
/// Values read from the registry, kept by key until its next committed write. A value is filed under the
/// <see cref="RegistryChanges.Version"/> read before it was loaded, and served only while the version is unchanged,
/// so nothing read before a write is served after it. At most <paramref name="capacity"/> values are kept per version;
/// beyond that a value is loaded on every request. Null (nothing found) is never kept.
/// </summary>
public sealed class KeptUntilWrite(RegistryChanges changes, int capacity)
{
    private Generation _current = new(-1);

    public async Task<T?> GetOrLoadAsync<T>(string key, Func<Task<T?>> load)
        where T : class
    {
        var version = changes.Version;
        var current = Volatile.Read(ref _current);
        if (current.Version < version)
        {
            var fresh = new Generation(version);
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current);
        }

        if (current.Version == version && current.Entries.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        var value = await load();
        if (value is not null && current.Version == version && current.Entries.Count < capacity)
        {
            current.Entries.TryAdd(key, value);
        }

        return value;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, object> Entries { get; } = new(StringComparer.Ordinal);
    }
}
