namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// A listed partner and its public agreements as its profile shows them: newest first, each with the other parties
/// (not the partner itself) by name and its people with the partner's own first.
/// </summary>
public sealed record ListedProfile(PartnerProfile Partner, IReadOnlyList<PublicAgreement> Agreements)
{
    /// <summary>
    /// The renewal chain an agreement belongs to, oldest first, as far as its links are on this profile; a single
    /// agreement when it renews nothing and nothing renews it.
    /// </summary>
    public IReadOnlyList<PublicAgreement> ChainOf(PublicAgreement agreement)
    {
        var chain = new List<PublicAgreement> { agreement };
        for (var link = agreement; link.RenewsId is { } previous && Agreements.FirstOrDefault(a => a.Id == previous) is { } earlier && !chain.Contains(earlier); link = earlier)
        {
            chain.Insert(0, earlier);
        }

        for (var link = agreement; Agreements.FirstOrDefault(a => a.RenewsId == link.Id) is { } later && !chain.Contains(later); link = later)
        {
            chain.Add(later);
        }

        return chain;
    }
}
