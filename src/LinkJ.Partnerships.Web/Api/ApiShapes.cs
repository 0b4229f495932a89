using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// Turns the directory's and the profiles' read models into the API's records, field for field what the pages show:
/// a website or source address only when the page would link it, a slug only for a listed partner.
/// </summary>
public sealed class ApiShapes(IStringLocalizer<SharedResource> localizer, DateOnly today, int endingSoonDays)
{
    private readonly ApiLabels _labels = ApiLabels.For(localizer);

    public ApiPartnerSummary Summary(DirectoryEntry entry) => new(
        entry.Slug, entry.Name, entry.LocalName, Country(entry.CountryCode), Code(entry.Kind),
        entry.Types.Select(t => Code(t)).ToArray(), entry.FirstEffectiveOn,
        entry.InForce ? _labels.InForce : entry.Upcoming ? _labels.Upcoming : _labels.Ended,
        Links(entry.Slug));

    public ApiPartner Partner(ListedProfile listed)
    {
        var p = listed.Partner;
        return new ApiPartner(
            p.Slug, p.Name, p.ShortName, p.LocalName, Code(p.Kind), Country(p.CountryCode), p.City,
            DetailsModel.IsWebAddress(p.Website) ? p.Website : null, p.Description,
            p.Parent is { } parent ? Party(parent, role: null) : null,
            listed.Agreements.Select(a => Agreement(a, a.OtherParties.Select(o => Party(o.Organization, o.Role)).ToArray(), Code(a.PartnerRole))).ToArray(),
            Links(p.Slug));
    }

    /// <summary>An agreement as its partner's profile shows it, with that partner among the parties.</summary>
    public ApiAgreement AgreementOf(PartnerProfile partner, PublicAgreement agreement)
    {
        var self = Party(new PartyLink(partner.Slug, partner.Name, partner.LocalName, Listed: true), agreement.PartnerRole);
        return Agreement(agreement, [self, .. agreement.OtherParties.Select(o => Party(o.Organization, o.Role))], partnerRole: null);
    }

    private ApiAgreement Agreement(PublicAgreement a, IReadOnlyList<ApiParty> parties, CodeLabel? partnerRole) => new(
        Code(a.Type), a.Title, a.Summary, a.EffectiveOn,
        new ApiTerm(Code(a.TermKind), a.TermLength, a.TermUnit is { } unit ? Code(unit) : null),
        a.EndsOn, a.Period.LastDayInForce, Code(a.Period.StatusOn(today, endingSoonDays)), partnerRole, parties,
        a.People.Select(p => new ApiPerson(p.Name, p.LocalName, p.Title, Code(p.Role), p.ActingFor)).ToArray(),
        new ApiSource(a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, DetailsModel.IsWebAddress(a.SourceUrl) ? a.SourceUrl : null));

    private ApiParty Party(PartyLink link, PartyRole? role) => new(
        link.Listed ? link.Slug : null, link.Name, link.LocalName, role is { } r ? Code(r) : null, link.Listed, link.Listed ? Links(link.Slug) : null);

    private CodeLabel Code(Enum value) => _labels.Of(value);

    public static ApiCountry? Country(string? code) => code is null ? null : new ApiCountry(code, Countries.NameOf(code));

    private static ApiPartnerLinks Links(string slug) => new($"/api/v1/partners/{Uri.EscapeDataString(slug)}", $"/partners/{Uri.EscapeDataString(slug)}");
}
