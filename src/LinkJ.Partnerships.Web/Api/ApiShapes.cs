using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// Turns the directory's and the profiles' read models into the API's records, field for field what the pages show:
/// a website or source address only when the page would link it, a slug only for a listed partner.
/// </summary>
public sealed class ApiShapes(IStringLocalizer<SharedResource> labels, DateOnly today, int endingSoonDays)
{
    public ApiPartnerSummary Summary(DirectoryEntry entry) => new(
        entry.Slug, entry.Name, entry.LocalName, Country(entry.CountryCode), Code(entry.Kind),
        entry.Types.Select(t => Code(t)).ToArray(), entry.FirstEffectiveOn,
        entry.InForce ? new("in-force", labels["In force"].Value)
            : entry.Upcoming ? new("upcoming", labels["Upcoming"].Value)
            : new("ended", labels["Ended"].Value),
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
        a.EndsOn, a.Period.LastDayInForce, Status(a.Period.StatusOn(today, endingSoonDays)), partnerRole, parties,
        a.People.Select(p => new ApiPerson(p.Name, p.LocalName, p.Title, Code(p.Role), p.ActingFor)).ToArray(),
        new ApiSource(a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, DetailsModel.IsWebAddress(a.SourceUrl) ? a.SourceUrl : null));

    private ApiParty Party(PartyLink link, PartyRole? role) => new(
        link.Listed ? link.Slug : null, link.Name, link.LocalName, role is { } r ? Code(r) : null, link.Listed, link.Listed ? Links(link.Slug) : null);

    public CodeLabel Status(AgreementStatus status) => new(StatusCode(status), labels.Label(status));

    /// <summary>The stable codes of <see cref="AgreementStatus"/>; a renamed enum member must not change them.</summary>
    public static string StatusCode(AgreementStatus status) => status switch
    {
        AgreementStatus.Upcoming => "upcoming",
        AgreementStatus.Active => "active",
        AgreementStatus.EndingSoon => "ending-soon",
        AgreementStatus.OpenEnded => "open-ended",
        _ => "ended",
    };

    private CodeLabel Code(Enum value) => new(value.ToString(), labels.Label(value));

    private static ApiCountry? Country(string? code) => code is null ? null : new ApiCountry(code, Countries.NameOf(code));

    private static ApiPartnerLinks Links(string slug) => new($"/api/v1/partners/{Uri.EscapeDataString(slug)}", $"/partners/{Uri.EscapeDataString(slug)}");
}
