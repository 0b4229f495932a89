namespace LinkJ.Partnerships.Web.Data;

/// <summary>Told after a committed write to the registry's public content; the output cache is one.</summary>
public interface IRegistryChangeListener
{
    ValueTask RegistryChangedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The registry's version, bumped after every committed write to organizations, agreements, their parties and
/// participants, or people (see <see cref="RegistryChangeInterceptor"/>). Anything derived from those rows and
/// kept in memory can use it to tell stale from fresh.
/// </summary>
public sealed class RegistryChanges(IEnumerable<IRegistryChangeListener> listeners)
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public async ValueTask CommittedAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _version);
        foreach (var listener in listeners)
        {
            await listener.RegistryChangedAsync(cancellationToken);
        }
    }
}
