using System.Collections.Concurrent;
using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Infrastructure.Caching;

/// <summary>
/// Values read from the registry, kept by key until its next committed write. A value is filed under the
/// <see cref="RegistryChanges.Version"/> read before it was loaded, and served only while the version is unchanged,
/// so nothing read before a write is served after it. At most <paramref name="capacity"/> values are kept per version;
/// beyond that a value is loaded on every request. Null (nothing found) is never kept.
/// </summary>
/// <remarks>
/// Requests that ask for a key while it is being loaded wait for that load rather than each starting their own: right
/// after a write, a burst of staff searches would otherwise each read the list's order (36 ms at 50,000 agreements on
/// PostgreSQL). A load runs with its own request's cancellation; if it fails or its visitor leaves, it is not kept,
/// and each waiting request loads the value itself.
/// </remarks>
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

        if (current.Version != version)
        {
            return await load();
        }

        if (current.Entries.TryGetValue(key, out var kept))
        {
            return kept.IsCompletedSuccessfully ? (T?)kept.Result : await SharedAsync(kept, load);
        }

        if (current.Entries.Count >= capacity)
        {
            return await load();
        }

        var loading = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var entry = current.Entries.GetOrAdd(key, loading.Task);
        if (entry != loading.Task)
        {
            return await SharedAsync(entry, load);
        }

        try
        {
            var value = await load();
            if (value is null)
            {
                current.Entries.TryRemove(KeyValuePair.Create(key, loading.Task));
            }

            loading.SetResult(value);
            return value;
        }
        catch (Exception exception)
        {
            current.Entries.TryRemove(KeyValuePair.Create(key, loading.Task));
            loading.SetException(exception);
            // Observed here, so a load nobody else waited for is not reported again as an unobserved task exception.
            _ = loading.Task.Exception;
            throw;
        }
    }

    private static async Task<T?> SharedAsync<T>(Task<object?> loading, Func<Task<T?>> load)
        where T : class
    {
        try
        {
            return (T?)await loading;
        }
        catch
        {
            // Another request's load, which failed or was cancelled with its visitor: this request reads for itself.
            return await load();
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, Task<object?>> Entries { get; } = new(StringComparer.Ordinal);
    }
}
