using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The profiles' <see cref="ProfileSnapshot"/> of the current registry version: the public part of the registry,
/// five statements. A sibling rather than part of the directory's snapshot, so that a directory page after a write
/// does not wait for the profiles' text, and a profile answers "is it listed" from the same rows as the rest of its page.
/// See docs/decisions/010-profile-read-model.md.
/// </summary>
public sealed class ProfileReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
    : ReadModel<ProfileSnapshot>(scopes, changes)
{
    protected override Task<ProfileSnapshot> ReadAsync(RegistryDbContext db, long version, CancellationToken cancellationToken) =>
        ProfileSnapshotReader.ReadAsync(db, version, cancellationToken);
}
