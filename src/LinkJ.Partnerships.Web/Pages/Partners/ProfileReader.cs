using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Reads one listed partner's profile as it is shown, in five statements (the partner, its public agreements,
/// their parties, which of those are listed, their people) inside the caller's read transaction. Only what a
/// profile shows is read: no notes, no stated or inferred dates, nothing of an internal agreement.
/// </summary>
public static class ProfileReader
{
    public static async Task<ListedProfile?> ReadAsync(RegistryDbContext db, string slug, CancellationToken cancellationToken)
    {
        var partner = await PartnerDirectory.Listed(db)
            .Where(o => o.Slug == slug)
            .Select(o => new PartnerRow(
                o.Id, o.Slug, o.Name, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.ParentId, o.Parent!.Slug, o.Parent.Name, o.Parent.LocalName))
            .SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return null;
        }

        // Its public agreements' ids, as a subquery each statement below starts from: the partner's few rows in the
        // parties' index, rather than every agreement tested for this partner.
        var id = partner.Id;
        var agreementIds = PartnerDirectory.PublishedParties(db)
            .Where(p => p.OrganizationId == id)
            .Select(p => p.AgreementId);
        var rows = await PartnerDirectory.PublicAgreements(db)
            .Where(a => agreementIds.Contains(a.Id))
            .OrderByDescending(a => a.EffectiveOn).ThenBy(a => a.Id)
            .Select(a => new AgreementRow(
                a.Id, a.Type, a.Title, a.Summary, a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
                a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl, a.LocalTitle, a.LocalSummary, a.RenewsId, a.TerminatedOn != null))
            .ToListAsync(cancellationToken);

        // Every party (the partner's own row gives its role), then the other parties by name, each agreement's together.
        var allParties = await db.AgreementParties.AsNoTracking()
            .Where(p => agreementIds.Contains(p.AgreementId))
            .Select(p => new PartyRow(p.AgreementId, p.OrganizationId, p.Role, p.Organization.Slug, p.Organization.Name, p.Organization.LocalName, p.Organization.NormalizedName))
            .ToListAsync(cancellationToken);
        var ownRoles = allParties.Where(p => p.OrganizationId == id).ToDictionary(p => p.AgreementId, p => p.Role);
        var parties = allParties.Where(p => p.OrganizationId != id)
            .OrderBy(p => p.NormalizedName, StringComparer.Ordinal).ThenBy(p => p.OrganizationId)
            .ToLookup(p => p.AgreementId);

        var named = parties.SelectMany(g => g.Select(p => p.OrganizationId)).Append(partner.ParentId ?? 0).Distinct().ToList();
        var listed = (await PartnerDirectory.Listed(db).Where(o => named.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var links = new Dictionary<int, PartyLink>();
        PartyLink Link(int organizationId, string orgSlug, string name, string? localName) =>
            links.TryGetValue(organizationId, out var link) ? link : links[organizationId] = new PartyLink(orgSlug, name, localName, listed.Contains(organizationId));

        // The partner's own people first, then signatories before the other roles, then by name.
        var people = (await db.AgreementParticipants.AsNoTracking()
            .Where(p => agreementIds.Contains(p.AgreementId))
            .Select(p => new PersonRow(
                p.Id, p.AgreementId, p.OrganizationId, p.Organization.Name, p.Person.Name, p.Person.LocalName, p.Person.NormalizedName, p.Title, p.Role))
            .ToListAsync(cancellationToken))
            .OrderBy(p => p.OrganizationId == id ? 0 : 1)
            .ThenBy(p => p.Role == ParticipantRole.Signatory ? 0 : 1)
            .ThenBy(p => p.NormalizedName, StringComparer.Ordinal)
            .ThenBy(p => p.Id)
            .ToLookup(p => p.AgreementId);

        var shown = rows.Select(a => new PublicAgreement(
            a.Id, ownRoles.GetValueOrDefault(a.Id), a.Type, a.Title, a.Summary, a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
            a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl,
            parties[a.Id].Select(p => new OtherParty(Link(p.OrganizationId, p.Slug, p.Name, p.LocalName), p.Role)).ToArray(),
            people[a.Id].Select(p => new PublicParticipant(p.Name, p.LocalName, p.Title, p.Role, p.ActingFor, p.OrganizationId)).ToArray())
            {
                LocalTitle = a.LocalTitle,
                LocalSummary = a.LocalSummary,
                RenewsId = a.RenewsId,
                Terminated = a.Terminated,
            })
            .ToArray();
        var parent = partner.ParentId is { } parentId ? Link(parentId, partner.ParentSlug!, partner.ParentName!, partner.ParentLocalName) : null;
        return new ListedProfile(
            new PartnerProfile(
                id, partner.Slug, partner.Name, partner.ShortName, partner.LocalName, partner.Kind, partner.CountryCode, partner.City,
                partner.Website, partner.Description, parent),
            shown);
    }

    private sealed record PartnerRow(
        int Id, string Slug, string Name, string? ShortName, string? LocalName, OrganizationKind Kind, string? CountryCode, string? City,
        string? Website, string? Description, int? ParentId, string? ParentSlug, string? ParentName, string? ParentLocalName);

    private sealed record AgreementRow(
        int Id, AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, TermKind TermKind, int? TermLength, TermUnit? TermUnit,
        DateOnly? EndsOn, string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl,
        string? LocalTitle, string? LocalSummary, int? RenewsId, bool Terminated);

    private sealed record PartyRow(int AgreementId, int OrganizationId, PartyRole Role, string Slug, string Name, string? LocalName, string NormalizedName);

    private sealed record PersonRow(
        int Id, int AgreementId, int OrganizationId, string ActingFor, string Name, string? LocalName, string NormalizedName, string? Title, ParticipantRole Role);
}
