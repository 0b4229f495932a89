using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Keeps the <see cref="DirectorySnapshot"/> of the current registry version. After a committed write the version
/// moves on, and the next directory request reads a new snapshot (two statements in one read transaction) before
/// it answers, so no page is ever built from rows older than the last write. Requests that arrive during a
/// rebuild wait for the same one. See docs/decisions/009-directory-read-model.md.
/// </summary>
public sealed class DirectoryReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile DirectorySnapshot? _current;

    public async Task<DirectorySnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _current;
        if (snapshot is not null && snapshot.Version == changes.Version)
        {
            return snapshot;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            snapshot = _current;
            if (snapshot is null || snapshot.Version != changes.Version)
            {
                snapshot = await ReadAsync(cancellationToken);
                _current = snapshot;
            }

            return snapshot;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    private async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows: a write that lands in between makes the snapshot look older than
        // it is, so it is read again once more, never kept too long.
        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await using var transaction = await SqliteDatabase.BeginReadAsync(db, cancellationToken);
        var partners = await PartnerDirectory.Listed(db)
            .Select(o => new { o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind })
            .ToListAsync(cancellationToken);
        var agreements = (await db.AgreementParties.AsNoTracking()
                .Where(p => p.Agreement.Visibility == Visibility.Public && !p.Organization.IsHome)
                .Select(p => new { p.OrganizationId, p.AgreementId, p.Agreement.Type, p.Agreement.EffectiveOn, p.Agreement.EndsOn })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.OrganizationId, p => new PublicAgreementDates(p.AgreementId, p.Type, new AgreementPeriod(p.EffectiveOn, p.EndsOn)));
        await transaction.CommitAsync(cancellationToken);
        return new DirectorySnapshot(
            version,
            partners.Select(o => new ListedPartner(o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind, agreements[o.Id].ToArray())));
    }
}
