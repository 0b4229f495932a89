using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Infrastructure.Caching;

/// <summary>
/// Query results that signed-in pages repeat (the output cache only holds anonymous pages), kept until the registry's
/// next committed write (<see cref="KeptUntilWrite"/>). The same switch as the output cache turns it off
/// (<c>OutputCache:Enabled=false</c>), so the miss path can be measured and tested.
/// </summary>
public sealed class RegistryReadCache(RegistryChanges changes, IConfiguration configuration)
{
    /// <summary>A bound on memory (a page of 100 rows is about 100 KB).</summary>
    public const int MaxEntries = 200;

    private readonly bool _enabled = configuration.GetValue("OutputCache:Enabled", defaultValue: true);
    private readonly KeptUntilWrite _kept = new(changes, MaxEntries);

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
        where T : class =>
        _enabled ? (await _kept.GetOrLoadAsync<T>(key, async () => await load()))! : await load();
}
