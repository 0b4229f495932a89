using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Keeps the directory's <see cref="DirectorySnapshot"/> for the current registry version (see <c>RegistryChanges</c>):
/// listed partners and their public agreements' dates, two statements. After a committed write the version moves on,
/// and the next request reads a new snapshot in one read transaction before it answers, so no page is ever built from
/// rows older than the last write. Requests that arrive during a rebuild wait for the same one.
/// See docs/decisions/009-directory-read-model.md.
/// </summary>
public sealed class DirectoryReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile Held? _current;

    public async Task<DirectorySnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var held = _current;
        if (held is not null && held.Version == changes.Version)
        {
            return held.Snapshot;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            held = _current;
            if (held is null || held.Version != changes.Version)
            {
                // The old snapshot is let go before the new one is read, so the two are never held at once.
                _current = held = null;
                held = await ReadAsync(cancellationToken);
                _current = held;
            }

            return held.Snapshot;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    private async Task<Held> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows: a write that lands in between makes the snapshot look older than
        // it is, so it is read again once more, never kept too long.
        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await using var transaction = await RegistryDatabase.Of(db).BeginReadAsync(db, cancellationToken);
        var partners = await PartnerDirectory.Listed(db)
            .Select(o => new { o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind })
            .ToListAsync(cancellationToken);
        var agreements = (await PartnerDirectory.PublishedParties(db)
                .Where(p => !p.Organization.IsHome)
                .Select(p => new { p.OrganizationId, p.AgreementId, p.Agreement.Type, p.Agreement.EffectiveOn, p.Agreement.EndsOn, Terminated = p.Agreement.TerminatedOn != null })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.OrganizationId, p => new PublicAgreementDates(p.AgreementId, p.Type, new AgreementPeriod(p.EffectiveOn, p.EndsOn, p.Terminated)));
        await transaction.CommitAsync(cancellationToken);
        var snapshot = new DirectorySnapshot(
            version,
            partners.Select(o => new ListedPartner(o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind, agreements[o.Id].ToArray())));
        return new Held(version, snapshot);
    }

    private sealed record Held(long Version, DirectorySnapshot Snapshot);
}
