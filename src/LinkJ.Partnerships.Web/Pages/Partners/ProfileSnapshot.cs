using System.Collections.Frozen;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The profiles' read model: every listed partner's public profile and its public agreements, for one registry
/// version, built by <see cref="ProfileReadModel"/> from one read transaction, so a profile costs no SQL. An agreement
/// is held once however many partners it has; each name, person and repeated text (a summary, a source) is held once.
/// </summary>
public sealed class ProfileSnapshot(long version, FrozenDictionary<string, ListedProfile> bySlug)
{
    /// <summary>The registry version (see <c>RegistryChanges</c>) this snapshot was read at.</summary>
    public long Version { get; } = version;

    /// <summary>Every listed partner: a party to a public agreement, and not the home organization.</summary>
    public FrozenDictionary<string, ListedProfile> BySlug { get; } = bySlug;
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
