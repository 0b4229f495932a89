using System.Collections.Frozen;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Reads a <see cref="ProfileSnapshot"/> in five statements (organizations, parties, who is listed, people,
/// agreements) inside the caller's read transaction. Only what a profile shows is read: no notes, no stated or
/// inferred dates, nothing of an internal agreement. People and agreements are streamed into their final shape
/// rather than listed first: with every row held until the end of the build, the first profile at 50,000 agreements
/// added 100 MB of RSS; streamed, 68 MB (the snapshot itself is 35 MB of heap).
/// </summary>
public static class ProfileSnapshotReader
{
    public static async Task<ProfileSnapshot> ReadAsync(RegistryDbContext db, long version, CancellationToken cancellationToken)
    {
        var text = new HashSet<string>(StringComparer.Ordinal);
        string? Shared(string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (!text.TryGetValue(value, out var held))
            {
                text.Add(held = value);
            }

            return held;
        }

        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new OrganizationRow(
                o.Id, o.Slug, o.Name, o.NormalizedName, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.ParentId, o.IsHome))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var byName = organizations.Values.OrderBy(o => o.NormalizedName, StringComparer.Ordinal).Select((o, i) => (o.Id, Rank: i)).ToDictionary(x => x.Id, x => x.Rank);

        // Each agreement's parties together, by name, so an agreement takes its range below.
        var parties = await db.AgreementParties.AsNoTracking()
            .Where(p => p.Agreement.Visibility == Visibility.Public)
            .Select(p => new PartyRow(p.AgreementId, p.OrganizationId, p.Role))
            .ToListAsync(cancellationToken);
        parties.Sort((a, b) => a.AgreementId != b.AgreementId ? a.AgreementId.CompareTo(b.AgreementId) : byName[a.OrganizationId].CompareTo(byName[b.OrganizationId]));

        var listed = (await PartnerDirectory.Listed(db).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var links = new Dictionary<int, PartyLink>();
        PartyLink Link(int id) => links.TryGetValue(id, out var link) ? link
            : links[id] = new PartyLink(organizations[id].Slug, organizations[id].Name, organizations[id].LocalName, listed.Contains(id));
        var others = new Dictionary<(int, PartyRole), OtherParty>();

        // The same person acting for the same party in the same capacity is one entry however often they sign.
        var entries = new Dictionary<(int, int, ParticipantRole, string?), PublicParticipant>();
        var people = new List<(int AgreementId, int Rank, string Name, int Id, PublicParticipant Entry)>();
        await foreach (var p in db.AgreementParticipants.AsNoTracking()
            .Where(p => p.Agreement.Visibility == Visibility.Public)
            .Select(p => new ParticipantRow(p.Id, p.AgreementId, p.OrganizationId, p.PersonId, p.Person.Name, p.Person.LocalName, p.Person.NormalizedName, p.Title, p.Role))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            var key = (p.PersonId, p.OrganizationId, p.Role, p.Title);
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = entries[key] = new PublicParticipant(Shared(p.Name)!, Shared(p.LocalName), Shared(p.Title), p.Role, Link(p.OrganizationId).Name, p.OrganizationId);
            }

            people.Add((p.AgreementId, p.Role == ParticipantRole.Signatory ? 0 : 1, Shared(p.NormalizedName)!, p.Id, entry));
        }

        // Signatories first, then by name; the partner's own people are put first per profile (ListedProfile.AsShown).
        people.Sort((a, b) =>
        {
            var order = a.AgreementId.CompareTo(b.AgreementId);
            order = order != 0 ? order : a.Rank.CompareTo(b.Rank);
            order = order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
            return order != 0 ? order : a.Id.CompareTo(b.Id);
        });

        // Agreements in id order, as parties and people are: each takes the next range of both.
        var agreementsOf = listed.ToDictionary(id => id, _ => new List<PublicAgreement>());
        int party = 0, person = 0;
        await foreach (var a in PartnerDirectory.PublicAgreements(db)
            .OrderBy(a => a.Id)
            .Select(a => new AgreementRow(
                a.Id, a.Type, a.Title, a.Summary, a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
                a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            var (firstParty, firstPerson) = (party, person);
            while (party < parties.Count && parties[party].AgreementId == a.Id)
            {
                party++;
            }

            while (person < people.Count && people[person].AgreementId == a.Id)
            {
                person++;
            }

            var agreementParties = parties[firstParty..party];
            var agreement = new PublicAgreement(
                a.Type, Shared(a.Title)!, Shared(a.Summary), a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
                Shared(a.SourcePublisher), Shared(a.SourceTitle), a.SourcePublishedOn, Shared(a.SourceUrl),
                agreementParties.Select(p => others.TryGetValue((p.OrganizationId, p.Role), out var other) ? other
                    : others[(p.OrganizationId, p.Role)] = new OtherParty(Link(p.OrganizationId), p.Role)).ToArray(),
                people[firstPerson..person].Select(p => p.Entry).ToArray());
            foreach (var p in agreementParties.Where(p => listed.Contains(p.OrganizationId)))
            {
                agreementsOf[p.OrganizationId].Add(agreement);
            }
        }

        var bySlug = listed.Select(id => organizations[id]).ToFrozenDictionary(
            o => o.Slug,
            o => new ListedProfile(
                new PartnerProfile(
                    o.Id, o.Slug, o.Name, o.ShortName, o.LocalName, o.Kind, Shared(o.CountryCode), Shared(o.City), o.Website, o.Description,
                    o.ParentId is { } parent ? Link(parent) : null),

                // Newest first; a stable sort of lists in id order, so agreements of one day stay in id order.
                agreementsOf[o.Id].OrderByDescending(a => a.EffectiveOn).ToArray()),
            StringComparer.Ordinal);
        return new ProfileSnapshot(version, bySlug);
    }

    private sealed record OrganizationRow(
        int Id, string Slug, string Name, string NormalizedName, string? ShortName, string? LocalName, OrganizationKind Kind,
        string? CountryCode, string? City, string? Website, string? Description, int? ParentId, bool IsHome);

    private readonly record struct PartyRow(int AgreementId, int OrganizationId, PartyRole Role);

    private sealed record ParticipantRow(
        int Id, int AgreementId, int OrganizationId, int PersonId, string Name, string? LocalName, string NormalizedName, string? Title, ParticipantRole Role);

    private sealed record AgreementRow(
        int Id, AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, TermKind TermKind, int? TermLength, TermUnit? TermUnit,
        DateOnly? EndsOn, string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl);
}
