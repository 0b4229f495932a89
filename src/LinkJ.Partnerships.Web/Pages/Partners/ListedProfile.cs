namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// A listed partner and its public agreements as its profile shows them: newest first, each with the other parties
/// (not the partner itself) by name and its people with the partner's own first.
/// </summary>
public sealed record ListedProfile(PartnerProfile Partner, IReadOnlyList<PublicAgreement> Agreements);
