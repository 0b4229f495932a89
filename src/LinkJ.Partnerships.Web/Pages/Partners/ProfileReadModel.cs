using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Keeps the <see cref="ProfileSnapshot"/> of the current registry version, the way <see cref="DirectoryReadModel"/>
/// keeps the directory's: after a committed write the next profile request reads the public part of the registry
/// again (four statements in one read transaction) before it answers. It is a sibling rather than part of the
/// directory's snapshot so that a directory page after a write does not wait for the profiles' text, and so that
/// a profile answers "is it listed" from the same rows as the rest of its page.
/// See docs/decisions/010-profile-read-model.md.
/// </summary>
public sealed class ProfileReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile ProfileSnapshot? _current;

    public async Task<ProfileSnapshot> CurrentAsync(CancellationToken cancellationToken)
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
                // The old snapshot is let go first, so two are never held at once.
                _current = null;
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

    private async Task<ProfileSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows, as in DirectoryReadModel: never tagged newer than what it holds.
        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await using var transaction = await SqliteDatabase.BeginReadAsync(db, cancellationToken);

        // Only what a profile shows: no notes, no stated or inferred dates, nothing of an internal agreement.
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new OrganizationRow(
                o.Id, o.Slug, o.Name, o.NormalizedName, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.ParentId, o.IsHome))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var agreements = await PartnerDirectory.PublicAgreements(db)
            .Select(a => new AgreementRow(
                a.Id, a.Type, a.Title, a.Summary, a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
                a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var parties = await db.AgreementParties.AsNoTracking()
            .Where(p => p.Agreement.Visibility == Visibility.Public)
            .Select(p => new PartyRow(p.AgreementId, p.OrganizationId, p.Role))
            .ToListAsync(cancellationToken);
        var participants = await db.AgreementParticipants.AsNoTracking()
            .Where(p => p.Agreement.Visibility == Visibility.Public)
            .Select(p => new ParticipantRow(
                p.Id, p.AgreementId, p.OrganizationId, p.PersonId, p.Person.Name, p.Person.LocalName, p.Person.NormalizedName, p.Title, p.Role))
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ProfileSnapshot(version, new ProfileRows(organizations, agreements, parties, participants));
    }
}

/// <summary>The rows a <see cref="ProfileSnapshot"/> is built from, read in one transaction.</summary>
public sealed record ProfileRows(
    IReadOnlyDictionary<int, OrganizationRow> Organizations,
    IReadOnlyDictionary<int, AgreementRow> Agreements,
    IReadOnlyList<PartyRow> Parties,
    IReadOnlyList<ParticipantRow> Participants);

public sealed record OrganizationRow(
    int Id, string Slug, string Name, string NormalizedName, string? ShortName, string? LocalName, OrganizationKind Kind,
    string? CountryCode, string? City, string? Website, string? Description, int? ParentId, bool IsHome);

public sealed record AgreementRow(
    int Id, AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, TermKind TermKind, int? TermLength, TermUnit? TermUnit,
    DateOnly? EndsOn, string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl);

public sealed record PartyRow(int AgreementId, int OrganizationId, PartyRole Role);

public sealed record ParticipantRow(
    int Id, int AgreementId, int OrganizationId, int PersonId, string Name, string? LocalName, string NormalizedName, string? Title, ParticipantRole Role);
