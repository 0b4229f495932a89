using System.Collections.Frozen;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The profiles' read model: every listed partner's public profile and its public agreements, for one registry
/// version, built by <see cref="ProfileReadModel"/> from one read transaction, so a profile costs no SQL. An agreement
/// is held once however many partners it has; each name, person and repeated text (a summary, a source) is held once.
/// </summary>
public sealed class ProfileSnapshot
{
    public ProfileSnapshot(long version, ProfileRows rows)
    {
        Version = version;
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

        var listed = rows.Parties.Select(p => p.OrganizationId).ToHashSet();
        listed.ExceptWith(rows.Organizations.Values.Where(o => o.IsHome).Select(o => o.Id));
        var links = new Dictionary<int, PartyLink>();
        PartyLink Link(int id) => links.TryGetValue(id, out var link) ? link
            : links[id] = new PartyLink(rows.Organizations[id].Slug, rows.Organizations[id].Name, rows.Organizations[id].LocalName, listed.Contains(id));

        var others = new Dictionary<(int, PartyRole), OtherParty>();
        var parties = rows.Parties
            .OrderBy(p => rows.Organizations[p.OrganizationId].NormalizedName, StringComparer.Ordinal)
            .ToLookup(p => p.AgreementId, p => others.TryGetValue((p.OrganizationId, p.Role), out var other) ? other
                : others[(p.OrganizationId, p.Role)] = new OtherParty(Link(p.OrganizationId), p.Role));

        // The same person signing for the same party in the same capacity is one entry however often they sign.
        var people = new Dictionary<(int, int, ParticipantRole, string?), PublicParticipant>();
        var participants = rows.Participants
            .OrderBy(p => p.Role == ParticipantRole.Signatory ? 0 : 1)
            .ThenBy(p => p.NormalizedName, StringComparer.Ordinal)
            .ThenBy(p => p.Id)
            .ToLookup(p => p.AgreementId, p => people.TryGetValue((p.PersonId, p.OrganizationId, p.Role, p.Title), out var person) ? person
                : people[(p.PersonId, p.OrganizationId, p.Role, p.Title)] = new PublicParticipant(
                    Shared(p.Name)!, Shared(p.LocalName), Shared(p.Title), p.Role, Link(p.OrganizationId).Name, p.OrganizationId));

        var agreements = rows.Agreements.Values.ToDictionary(a => a.Id, a => new PublicAgreement(
            a.Type, a.Title, Shared(a.Summary), a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
            Shared(a.SourcePublisher), Shared(a.SourceTitle), a.SourcePublishedOn, Shared(a.SourceUrl),
            parties[a.Id].ToArray(), participants[a.Id].ToArray()));
        var agreementsOf = rows.Parties
            .Where(p => listed.Contains(p.OrganizationId))
            .Select(p => (p.OrganizationId, Row: rows.Agreements[p.AgreementId]))
            .OrderByDescending(p => p.Row.EffectiveOn)
            .ThenBy(p => p.Row.Id)
            .ToLookup(p => p.OrganizationId, p => agreements[p.Row.Id]);

        BySlug = listed.Select(id => rows.Organizations[id]).ToFrozenDictionary(
            o => o.Slug,
            o => new ListedProfile(
                new PartnerProfile(
                    o.Id, o.Slug, o.Name, o.ShortName, o.LocalName, o.Kind, Shared(o.CountryCode), Shared(o.City), o.Website, o.Description,
                    o.ParentId is { } parent ? Link(parent) : null),
                agreementsOf[o.Id].ToArray()),
            StringComparer.Ordinal);
    }

    /// <summary>The registry version (see <c>RegistryChanges</c>) this snapshot was read at.</summary>
    public long Version { get; }

    /// <summary>Every listed partner: a party to a public agreement, and not the home organization.</summary>
    public FrozenDictionary<string, ListedProfile> BySlug { get; }
}

/// <summary>A listed partner and its public agreements, newest first.</summary>
public sealed record ListedProfile(PartnerProfile Partner, PublicAgreement[] Agreements)
{
    /// <summary>
    /// The agreements as this partner's profile shows them: the other parties without the partner itself, and
    /// the people acting for the partner first (each list is already in its order otherwise).
    /// </summary>
    public IReadOnlyList<PublicAgreement> AsShown()
    {
        var shown = new PublicAgreement[Agreements.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            var agreement = Agreements[i];
            shown[i] = agreement with
            {
                OtherParties = agreement.OtherParties.Where(p => p.Organization.Slug != Partner.Slug).ToArray(),
                People = [.. agreement.People.Where(p => p.ActingForId == Partner.Id), .. agreement.People.Where(p => p.ActingForId != Partner.Id)],
            };
        }

        return shown;
    }
}
