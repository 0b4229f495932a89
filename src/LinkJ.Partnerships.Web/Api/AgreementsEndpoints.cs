using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Partners;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// <c>/api/v1/agreements</c>: the public agreements of the partners the directory lists, newest first. Which partners
/// count comes from the directory itself (<see cref="DirectorySnapshot.Matching"/>: country, kind, the words);
/// type and status then apply to each agreement. Each agreement is shown as its first listed partner's profile shows
/// it (<see cref="ProfileReadModel"/>), that partner included among the parties, so nothing appears here that no
/// page shows (docs/decisions/031-public-api-reuses-the-read-models.md).
/// </summary>
public static class AgreementsEndpoints
{
    public static RouteGroupBuilder MapAgreements(this RouteGroupBuilder api)
    {
        api.MapMethods("/agreements", PublicApi.Methods, ListAsync)
            .WithName("ListAgreements")
            .WithSummary("Public agreements with a listed partner, filtered as the directory filters, newest first.")
            .Produces<ApiPage<ApiAgreement>>()
            .ProducesValidationProblem()
            .WithConditionalAndLimited();
        return api;
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] ListParameters parameters, HttpRequest request, PartnerDirectory directory, ProfileReadModel profiles, RegistryClock clock,
        IStringLocalizer<SharedResource> labels, CancellationToken cancellationToken)
    {
        var (query, errors) = ApiQuery.From(parameters);
        if (query is null)
        {
            return ApiProblems.BadQuery(errors);
        }

        var today = clock.Today;
        var snapshot = await directory.SnapshotAsync(cancellationToken);
        var textMatches = await directory.TextMatchesAsync(query.Directory, cancellationToken);
        var partnersQuery = query.Directory with { Type = null, Status = null };
        var seen = new HashSet<int>();
        var kept = new List<PublicAgreementDates>();
        foreach (var partner in snapshot.Matching(partnersQuery, today, textMatches))
        {
            foreach (var agreement in partner.Agreements)
            {
                if (Keeps(agreement, query.Directory, today) && seen.Add(agreement.AgreementId))
                {
                    kept.Add(agreement);
                }
            }
        }

        var paging = Paging.For(query.Page, query.PageSize, kept.Count);
        var shapes = new ApiShapes(labels, today, clock.EndingSoonDays);
        var items = new List<ApiAgreement>(paging.PageSize);
        foreach (var agreement in kept.OrderByDescending(a => a.Period.EffectiveOn).ThenByDescending(a => a.AgreementId).Skip(paging.Skip).Take(paging.PageSize))
        {
            // A write between the snapshot and the profile can take the agreement away; it is then left out.
            var owner = snapshot.PartnersOf(agreement.AgreementId).FirstOrDefault();
            if (owner is not null
                && await profiles.FindAsync(owner.Slug, cancellationToken) is { } profile
                && profile.Agreements.FirstOrDefault(a => a.Id == agreement.AgreementId) is { } shown)
            {
                items.Add(shapes.AgreementOf(profile.Partner, shown));
            }
        }

        return Results.Ok(ApiPaging.Page(items, paging, request));
    }

    /// <summary>The directory's type and status filters, applied to one agreement rather than to a partner.</summary>
    private static bool Keeps(PublicAgreementDates agreement, DirectoryQuery query, DateOnly today) =>
        (query.Type is not { } type || agreement.Type == type)
        && query.Status switch
        {
            DirectoryStatus.InForce => agreement.Period.IsInForceOn(today),
            DirectoryStatus.Ended => Domain.AgreementStatusExtensions.HasEnded(agreement.Period.StatusOn(today)),
            _ => true,
        };
}
