using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure.Caching;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Profiles of the current registry version (see <see cref="RegistryChanges"/>), each read by
/// <see cref="ProfileReader"/> on its first request and then kept, so a profile asked for again costs no SQL.
/// A write moves the version on and every profile is read afresh, so none is ever older than the last write.
/// Profiles are read one at a time rather than all at once, so a write never costs a rebuild of every profile
/// (docs/decisions/010-profile-read-model.md).
/// </summary>
public sealed class ProfileReadModel(IServiceScopeFactory scopes, RegistryChanges changes, IConfiguration configuration)
{
    /// <summary>
    /// At most this many profiles are kept per version (<c>Profiles:MostKept</c>; a few KB each, and a crawler
    /// walking every profile would otherwise have them all kept); beyond it a profile is read on every request.
    /// An unknown slug is not kept.
    /// </summary>
    private readonly KeptUntilWrite _kept = new(changes, configuration.GetValue("Profiles:MostKept", 2_000));

    /// <summary>The listed partner with this slug, or null when there is none (or it is not listed).</summary>
    public Task<ListedProfile?> FindAsync(string slug, CancellationToken cancellationToken) =>
        _kept.GetOrLoadAsync(slug, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await using var transaction = await RegistryDatabase.Of(db).BeginReadAsync(db, cancellationToken);
            var profile = await ProfileReader.ReadAsync(db, slug, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return profile;
        });
}
