using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>The projection every staff list uses, so the lists read alike.</summary>
public static class StaffQueries
{
    public static IQueryable<AgreementSummary> SelectSummary(this IQueryable<Agreement> agreements) =>
        agreements.Select(a => new AgreementSummary(
            a.Id,
            a.Title,
            a.Type,
            a.Visibility,
            a.EffectiveOn,
            a.EndsOn,
            a.Parties
                .OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name)
                .Select(p => new PartyName(p.OrganizationId, p.Organization.Name, p.Organization.LocalName, p.Organization.CountryCode, p.Organization.IsHome))
                .ToList()));
}
