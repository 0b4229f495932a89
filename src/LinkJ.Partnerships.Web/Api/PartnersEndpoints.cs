using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// <c>/api/v1/partners</c>: the directory, and <c>/api/v1/partners/{slug}</c>: a profile. Both are answered from the
/// pages' own read models (<see cref="PartnerDirectory"/>, <see cref="ProfileReadModel"/>), so the API lists exactly
/// whom the directory lists and shows exactly what a profile shows.
/// </summary>
public static class PartnersEndpoints
{
    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder api)
    {
        api.MapMethods("/partners", PublicApi.Methods, ListAsync)
            .WithName("ListPartners")
            .WithSummary("The partner directory: listed partners, filtered, sorted and paged as on /partners.")
            .Produces<ApiPage<ApiPartnerSummary>>()
            .ProducesValidationProblem()
            .WithConditionalAndLimited();
        api.MapMethods("/partners/{slug}", PublicApi.Methods, FindAsync)
            .WithName("GetPartner")
            .WithSummary("A listed partner with its public agreements, parties, people, terms, end dates and statuses, as on /partners/{slug}.")
            .Produces<ApiPartner>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithConditionalAndLimited();
        return api;
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] ListParameters parameters, HttpRequest request, PartnerDirectory directory, RegistryClock clock,
        IStringLocalizer<SharedResource> labels, CancellationToken cancellationToken)
    {
        var (query, errors) = ApiQuery.From(parameters);
        if (query is null)
        {
            return ApiProblems.BadQuery(errors);
        }

        var today = clock.Today;
        var snapshot = await directory.SnapshotAsync(cancellationToken);
        var found = await directory.SearchAsync(snapshot, query.Directory, today, cancellationToken);
        var shapes = new ApiShapes(labels, today, clock.EndingSoonDays);
        return Results.Ok(ApiPaging.Page(found.Entries.Select(shapes.Summary).ToArray(), found.Paging, request));
    }

    private static async Task<IResult> FindAsync(
        string slug, ProfileReadModel profiles, RegistryClock clock, IStringLocalizer<SharedResource> labels, CancellationToken cancellationToken)
    {
        if (slug.Length > Domain.Slug.MaxLength || await profiles.FindAsync(slug, cancellationToken) is not { } listed)
        {
            return ApiProblems.NotFound("No listed partner has this slug.");
        }

        return Results.Ok(new ApiShapes(labels, clock.Today, clock.EndingSoonDays).Partner(listed));
    }
}
